package org.qualityguard.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.qualityguard.shared.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of the list a page shows, built from the request it answers so that every filter the reader chose
 * stays on them: other pages, another order, the same list as a spreadsheet. The pager fragment
 * ({@code fragments/list}) draws them for every list alike.
 */
public final class ListLinks {

    /** Parameters of paging and order, which a link sets anew, and one-off acts (the audit trail's verify). */
    private static final List<String> PAGING = List.of("page", "jump", "cursor", "sort", "dir", "lang", "verify");

    private final String path;
    private final Map<String, String[]> params;

    ListLinks(HttpServletRequest request) {
        this.path = request.getRequestURI().substring(request.getContextPath().length());
        this.params = request.getParameterMap();
    }

    /** Page {@code number} (from 0) of the same list in the same order, seeking from {@code cursor} if given. */
    public String page(Page<?> page, int number, String cursor) {
        UriComponentsBuilder b = filtered(path);
        order(b, page);
        b.replaceQueryParam("page", number);
        if (cursor != null) {
            b.replaceQueryParam("cursor", cursor);
        }
        return b.build().encode().toUriString();
    }

    /** The list ordered by {@code key}: ascending first, then the other way round when it already is. */
    public String sort(Page<?> page, String key) {
        boolean descending = page.sortedBy(key) && !page.sort().descending();
        return filtered(path).replaceQueryParam("sort", key).replaceQueryParam("dir", descending ? "desc" : "asc")
                .build().encode().toUriString();
    }

    /** The same list, filters and order, as .xlsx: every list exports under its own path + {@code /export}. */
    public String export(Page<?> page) {
        UriComponentsBuilder b = filtered(path + "/export");
        if (page != null) {
            order(b, page);
        }
        return b.build().encode().toUriString();
    }

    /** The same list unpaged, for lists that are not paged (a day's worklist, the warnings). */
    public String export() {
        return export(null);
    }

    /** The filters in force, for the page-number form to send again with the typed number. */
    public Map<String, String[]> filters() {
        return params.entrySet().stream().filter(e -> !PAGING.contains(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public String path() {
        return path;
    }

    private UriComponentsBuilder filtered(String target) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(target);
        filters().forEach((k, v) -> b.queryParam(k, (Object[]) v));
        return b;
    }

    private static void order(UriComponentsBuilder b, Page<?> page) {
        if (page.sort() != null && page.sort().key() != null) {
            b.replaceQueryParam("sort", page.sort().key()).replaceQueryParam("dir", page.sort().direction());
        }
    }
}
