package org.brandaward.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import java.io.IOException;

/**
 * The database's absence as {@link DatabaseUnavailable} answers it, for every controller, before any other advice:
 * the download endpoints' own advice would otherwise answer it with its 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private final DatabaseUnavailable unavailable;

    DatabaseUnavailableAdvice(DatabaseUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    void unavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        unavailable.answer(request, response, e);
    }
}
