package org.brandaward.notice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.brandaward.shared.RateLimiter;
import org.brandaward.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The public's pages of the notices: the notices open and recently closed, one round's notices, the objection form,
 * and the objector's own page through its reference and secret key. No sign-in; every value is rendered as text.
 */
@Controller
class PublicNoticeController {

    /** Objections one network address may file per hour, and status look-ups per minute. */
    static final int OBJECTIONS_PER_HOUR = 5;
    static final int LOOKUPS_PER_MINUTE = 30;

    private final NoticeService notices;
    private final ObjectionService objections;
    private final RateLimiter rateLimiter;
    private final MessageSource messages;
    private final DataSize maxFileSize;

    PublicNoticeController(NoticeService notices, ObjectionService objections, RateLimiter rateLimiter, MessageSource messages,
                           @Value("${brand-award.attachments.max-size}") DataSize maxFileSize) {
        this.notices = notices;
        this.objections = objections;
        this.rateLimiter = rateLimiter;
        this.messages = messages;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/public/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.current());
        return "public/notice/list";
    }

    @GetMapping("/public/notices/{roundId}")
    String round(@PathVariable long roundId, Model model, HttpServletResponse response) {
        Optional<NoticeService.PublicRound> round = notices.ofRound(roundId);
        if (round.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("round", round.get());
        return "public/notice/round";
    }

    @GetMapping("/public/notices/{roundId}/objections/new")
    String form(@PathVariable long roundId, @RequestParam(required = false) Long candidate, Model model, HttpServletResponse response) {
        ObjectionForm form = new ObjectionForm();
        form.setCandidateId(candidate);
        return showForm(roundId, form, null, model, response);
    }

    @PostMapping("/public/notices/{roundId}/objections")
    String file(@PathVariable long roundId, @ModelAttribute ObjectionForm form,
                @RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
                HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        if (!rateLimiter.tryAcquire("objection", request.getRemoteAddr(), OBJECTIONS_PER_HOUR, Duration.ofHours(1))) {
            response.setStatus(429);
            return showForm(roundId, form, messages.getMessage("public.rateLimited", null, locale), model, response);
        }
        try {
            ObjectionService.Filed filed = objections.file(roundId, form, files(evidence));
            model.addAttribute("reference", filed.reference());
            model.addAttribute("key", filed.key());
            return "public/notice/objection-filed";
        } catch (RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(roundId, form, messages.getMessage(e.getMessageKey(), e.getArguments(), e.getMessageKey(), locale), model, response);
        }
    }

    @GetMapping("/public/objections/{reference}")
    String status(@PathVariable String reference, @RequestParam(required = false) String key, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (!rateLimiter.tryAcquire("objection-status", request.getRemoteAddr(), LOOKUPS_PER_MINUTE, Duration.ofMinutes(1))) {
            response.setStatus(429);
            return notFound(response);
        }
        Optional<ObjectionService.Status> status = objections.status(reference, key);
        if (status.isEmpty()) {
            return notFound(response);
        }
        model.addAttribute("objection", status.get());
        return "public/notice/objection-status";
    }

    private String showForm(long roundId, ObjectionForm form, String error, Model model, HttpServletResponse response) {
        Optional<NoticeService.PublicRound> round = notices.ofRound(roundId);
        if (round.isEmpty()) {
            return notFound(response);
        }
        List<NoticeService.PublicCandidate> open = Stream.concat(Stream.ofNullable(round.get().province()),
                        round.get().cities().values().stream().flatMap(List::stream))
                .filter(NoticeService.PublicNotice::acceptsObjections)
                .flatMap(n -> n.candidates().stream())
                .toList();
        model.addAttribute("round", round.get());
        model.addAttribute("candidates", open);
        model.addAttribute("form", form);
        model.addAttribute("idTypes", Objection.IdType.values());
        model.addAttribute("error", error);
        model.addAttribute("maxFileMegabytes", maxFileSize.toMegabytes());
        return "public/notice/objection-form";
    }

    private static String notFound(HttpServletResponse response) {
        if (response.getStatus() < 400) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "public/notice/not-found";
    }

    private static List<ObjectionService.EvidenceFile> files(List<MultipartFile> evidence) {
        List<ObjectionService.EvidenceFile> files = new ArrayList<>();
        if (evidence == null) {
            return files;
        }
        for (MultipartFile file : evidence) {
            // A file input left empty still sends a part without a name.
            if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                files.add(new ObjectionService.EvidenceFile(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
