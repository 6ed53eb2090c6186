package org.qualityguard.inspection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * ISO 3166-1 alpha-2 countries with their Chinese and English names (see inspection/iso-3166-1.NOTICE), and the one
 * user-assigned code partners use beside them (XK, Kosovo), which is accepted but always named as such.
 */
@Component
public class Countries {

    private final Map<String, String[]> names = new LinkedHashMap<>();
    private final Set<String> userAssigned = new HashSet<>();
    private final MessageSource messages;

    Countries(MessageSource messages) {
        this.messages = messages;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource("inspection/iso-3166-1.csv").getInputStream(), StandardCharsets.UTF_8))) {
            in.readLine(); // header: alpha2,assignment,name_zh,name_en
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", 3);
                if ("user-assigned".equals(f[1])) {
                    userAssigned.add(f[0]);
                }
                String rest = f[2];
                // the English name may be quoted when it holds a comma ("Korea, Republic of")
                int comma = rest.indexOf(',');
                names.put(f[0], new String[] {rest.substring(0, comma), unquote(rest.substring(comma + 1))});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the ISO 3166-1 table is missing from the build", e);
        }
    }

    private static String unquote(String s) {
        return s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1).replace("\"\"", "\"") : s;
    }

    public Set<String> codes() {
        return Collections.unmodifiableSet(names.keySet());
    }

    /** Whether the code is not one ISO 3166-1 assigned but one of its user-assigned range (XA–XZ). */
    public boolean isUserAssigned(String code) {
        return userAssigned.contains(code);
    }

    public String nameOf(String code, Locale locale) {
        String[] n = names.get(code);
        if (n == null) {
            return code;
        }
        String name = "zh".equals(locale.getLanguage()) ? n[0] : n[1];
        return isUserAssigned(code)
                ? messages.getMessage("country.userAssigned", new Object[] {name, code}, name, locale)
                : name;
    }
}
