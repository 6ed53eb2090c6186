package org.qualityguard.shared.web;

import java.util.List;

import org.qualityguard.shared.PageCursor;
import org.qualityguard.shared.PageRequest;
import org.qualityguard.shared.SortOrder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a {@link PageRequest} from the same parameters on every list: {@code page} (from 0, as links carry it),
 * {@code jump} (a page number as a person types it, from 1), {@code size}, {@code sort}, {@code dir} and
 * {@code cursor}. A number that is not one is page 1; the list clamps one beyond its end.
 */
@Configuration(proxyBeanMethods = false)
class PageRequestResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        String jump = request.getParameter("jump");
        int page = jump != null && !jump.isBlank() ? number(jump) - 1 : number(request.getParameter("page"));
        SortOrder sort = SortOrder.parse(request.getParameter("sort"), request.getParameter("dir"));
        PageCursor cursor = jump != null && !jump.isBlank() ? null
                : PageCursor.decode(request.getParameter("cursor")).orElse(null);
        return new PageRequest(page, number(request.getParameter("size")), sort, cursor);
    }

    private static int number(String raw) {
        if (raw == null || !raw.strip().matches("\\d{1,9}")) {
            return 0;
        }
        return Integer.parseInt(raw.strip());
    }
}
