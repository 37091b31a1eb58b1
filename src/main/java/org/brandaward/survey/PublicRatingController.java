package org.brandaward.survey;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.brandaward.programme.ProgrammeCatalog;
import org.brandaward.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The public rating pages: the index of candidates open for rating and one page per candidate, by its random key. */
@Controller
class PublicRatingController {

    /** The browser's token: one rating per candidate and browser. Only its keyed hash is stored. */
    static final String COOKIE = "brand_award_rater";
    private static final String PATH = "/public/ratings";

    private final RatingService ratings;
    private final ProgrammeCatalog programmes;
    private final MessageSource messages;

    PublicRatingController(RatingService ratings, ProgrammeCatalog programmes, MessageSource messages) {
        this.ratings = ratings;
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String index(Model model, Locale locale) {
        List<RatingService.PublicCandidate> open = ratings.openForRating();
        Map<String, String> names = open.stream().map(RatingService.PublicCandidate::programmeId).distinct()
                .collect(Collectors.toMap(id -> id, id -> programmes.get(id).name(locale)));
        model.addAttribute("candidates", open);
        model.addAttribute("programmeNames", names);
        return "public/survey/index";
    }

    @GetMapping(PATH + "/{key}")
    String page(@PathVariable String key, Model model, HttpServletRequest request, HttpServletResponse response) {
        String view = show(key, model, null, false);
        browserToken(request, response); // only for a page that exists
        return view;
    }

    @PostMapping(PATH + "/{key}")
    String rate(@PathVariable String key, @RequestParam Map<String, String> form, Model model, Locale locale,
                HttpServletRequest request, HttpServletResponse response) {
        UUID publicKey = parse(key);
        Map<String, Integer> answers = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("q.")) {
                try {
                    answers.put(name.substring(2), Integer.valueOf(value));
                } catch (NumberFormatException ignored) {
                    // an answer that is no number counts as not given, and the service names it
                }
            }
        });
        try {
            ratings.rate(publicKey, answers, browserToken(request, response), request.getRemoteAddr());
        } catch (RuleViolationException e) {
            response.setStatus(e.getMessageKey().equals("survey.rating.tooMany") ? HttpStatus.TOO_MANY_REQUESTS.value()
                    : HttpStatus.CONFLICT.value());
            return show(key, model, messages.getMessage(e.getMessageKey(), e.getArguments(), locale), false);
        }
        return show(key, model, null, true);
    }

    private String show(String key, Model model, String error, boolean thanks) {
        RatingService.RatingPage page = ratings.page(parse(key)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", page);
        model.addAttribute("error", error);
        model.addAttribute("thanks", thanks);
        return "public/survey/rating";
    }

    private static UUID parse(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** The browser's token from its cookie, or a new one set now. */
    private static String browserToken(HttpServletRequest request, HttpServletResponse response) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return cookie.getValue();
                }
            }
        }
        String token = UUID.randomUUID().toString();
        Cookie cookie = new Cookie(COOKIE, token);
        cookie.setPath(PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return token;
    }
}
