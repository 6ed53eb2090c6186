package org.qualityguard.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.qualityguard.documents.domain.DocumentError;
import org.qualityguard.support.Bundles;

/** Every refusal and every kind of document has its words in both bundles; codes stay within E1080–E1089. */
class DocumentMessagesTest {

    @Test
    void everyDocumentErrorAndKindHasItsTextInBothBundles() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(DocumentError.values()).forEach(e -> keys.add(e.messageKey()));
        Arrays.stream(DocumentKind.values()).forEach(k -> {
            keys.add(k.messageKey());
            keys.add("audit.value.kind." + k.name());
        });
        for (var bundle : List.of(Bundles.ZH, Bundles.EN)) {
            Set<String> missing = new TreeSet<>(keys);
            Bundles.keys(bundle).forEach(missing::remove);
            assertThat(missing).as("missing in %s", bundle.getFileName()).isEmpty();
        }
    }

    @Test
    void errorCodesAreTheModulesOwnAndDistinct() {
        assertThat(Arrays.stream(DocumentError.values()).map(DocumentError::code))
                .allMatch(c -> c.matches("E108\\d")).doesNotHaveDuplicates();
    }
}
