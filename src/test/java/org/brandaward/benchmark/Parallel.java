package org.brandaward.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** A season's step run for each of its items on a pool's threads. */
final class Parallel {

    private Parallel() {
    }

    /** Runs {@code step} for each item, waits for all, fails on the first failure; answers the number of items. */
    static <T> int each(ExecutorService pool, List<T> items, Consumer<T> step) {
        List<Future<?>> done = new ArrayList<>();
        items.forEach(item -> done.add(pool.submit(() -> step.accept(item))));
        for (Future<?> future : done) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a season step failed", e.getCause());
            }
        }
        return items.size();
    }
}
