package org.brandaward.publication;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * 名单公布 — the published lists for everyone, without signing in: the archive of every programme's published rounds,
 * a search of their entries by organisation or product/person and city, and each round's list. Server-rendered HTML,
 * no script; every value through th:text.
 */
@Controller
class PublicListPages {

    /** The longest search text taken; longer input is cut, not refused (a public search box). */
    static final int QUERY_MAX = 100;
    /**
     * A published list's open data may be kept by browsers and proxies for a minute: the list stays as published,
     * only certificate numbers fill in while its certificates are issued. The page only by the browser: its language
     * may come from the session.
     */
    static final CacheControl OPEN_DATA_CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    static final CacheControl PAGE_CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate();

    private final PublicationService publications;
    private final ListRows rows;

    PublicListPages(PublicationService publications, ListRows rows) {
        this.publications = publications;
        this.rows = rows;
    }

    @GetMapping("/public/lists")
    String lists(@RequestParam(name = "q", defaultValue = "") String query, @RequestParam(name = "city", defaultValue = "") String city,
                 @RequestParam(name = "page", defaultValue = "0") String pageNumber, Model model, Locale locale) {
        int page = pageNumber.matches("\\d{1,6}") ? Integer.parseInt(pageNumber) : 0; // a mistyped page number shows the first
        String text = query.strip().length() > QUERY_MAX ? query.strip().substring(0, QUERY_MAX) : query.strip();
        String cityCode = city.strip().matches("\\d{6}") ? city.strip() : "";
        model.addAttribute("q", text);
        model.addAttribute("city", cityCode);
        model.addAttribute("cities", rows.cities());
        if (text.isEmpty() && cityCode.isEmpty()) {
            var archive = publications.archive(page);
            model.addAttribute("archive", archive.map(s -> new ArchiveLine(s, rows.programmeName(s.programmeId(), locale))));
            model.addAttribute("pageOf", archive);
        } else {
            var found = publications.search(text, cityCode, page);
            model.addAttribute("found", found.map(f -> new FoundLine(f, rows.programmeName(f.programmeId(), locale),
                    rows.cityName(f.entry().cityCode()), rows.tierName(f.programmeId(), f.entry().tier(), locale))));
            model.addAttribute("pageOf", found);
        }
        return "public/publication/lists";
    }

    @GetMapping("/public/lists/{roundId:\\d+}")
    String list(@PathVariable("roundId") long roundId, Model model, Locale locale, HttpServletResponse response) {
        Optional<PublishedList> published = publications.published(roundId);
        if (published.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "public/publication/not-found";
        }
        PublishedList list = published.get();
        response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE.getHeaderValue());
        model.addAttribute("list", list);
        model.addAttribute("heading", rows.heading(list, locale));
        model.addAttribute("decision", rows.decision(list, locale));
        model.addAttribute("outcomeHeader", rows.outcomeHeader(list, locale));
        model.addAttribute("rows", rows.rows(list, locale));
        return "public/publication/list";
    }

    /** A published round of the archive with its programme's name. */
    record ArchiveLine(PublishedList.Summary round, String programmeName) {
    }

    /** An entry found by the search, with its programme's name and its city's. */
    record FoundLine(PublishedList.Found found, String programmeName, String cityName, String tierName) {
    }
}
