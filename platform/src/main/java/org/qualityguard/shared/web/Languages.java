package org.qualityguard.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language, zh-CN or English. The console and the portal keep the choice made with {@code ?lang=}
 * in a cookie; the API, used by programs, follows each request's {@code Accept-Language}. Any other language,
 * asked for either way, is read as zh-CN.
 */
final class Languages implements LocaleResolver {

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final CookieLocaleResolver pages = new CookieLocaleResolver("qg-lang");
    private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

    Languages() {
        pages.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        pages.setCookieMaxAge(Duration.ofDays(365));
        api.setSupportedLocales(SUPPORTED);
        api.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return supported(isApi(request) ? api.resolveLocale(request) : pages.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (!isApi(request)) {
            pages.setLocale(request, response, locale == null ? null : supported(locale));
        }
    }

    private static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** An API request, or the error page of one (rendered at /error for the path that failed). */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String f ? f : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }
}
