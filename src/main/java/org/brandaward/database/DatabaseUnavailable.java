package org.brandaward.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * PostgreSQL cannot be reached (down, restarting, the pool's connection timeout passed, a connection cut under a
 * statement): a request that failed for that answers 503 with a Retry-After and one sentence in the requester's
 * language — not a 500, a stack trace or, for a public page, the sign-in page that the error dispatch would lead to.
 * Nothing was written: the request's transaction never began or rolled back with its connection. The pool replaces
 * dead connections by itself once the database is back (PostgresRestartIT). {@link DatabaseUnavailableAdvice}
 * answers the same for the controllers whose own advice would have taken the failure first.
 */
@Component
class DatabaseUnavailable extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    static final String MESSAGE_KEY = "database.unavailable";
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private final MessageSource messages;
    private final LocaleResolver locales;

    DatabaseUnavailable(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isConnectionFailure(e) || response.isCommitted()) {
                throw e;
            }
            response.reset();
            answer(request, response, e);
        }
    }

    /** The failure is the database's absence: no transaction could start, or a connection failed or was refused. */
    static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server shut down, crashed or cannot take connections yet
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            // A statement failed on a connection the server closed and the rollback then failed on it too: Spring
            // throws the rollback's failure (Hibernate's, over the pool's closed connection) and the first is lost.
            if (cause instanceof org.hibernate.TransactionException && cause.getMessage() != null
                    && cause.getMessage().startsWith("Unable to rollback against JDBC Connection")) {
                return true;
            }
        }
        return false;
    }

    void answer(HttpServletRequest request, HttpServletResponse response, Exception failure) throws IOException {
        log.warn("Database unavailable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
        Locale locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(messages.getMessage(MESSAGE_KEY, null, locale).getBytes(StandardCharsets.UTF_8));
    }
}
