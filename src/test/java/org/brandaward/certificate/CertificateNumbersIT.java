package org.brandaward.certificate;

import org.brandaward.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certificate numbers on PostgreSQL: concurrent issues get distinct consecutive numbers, a rolled-back one gives its number back. */
@IntegrationTest
class CertificateNumbersIT {

    @Autowired CertificateNumbers numbers;
    @Autowired TransactionTemplate transactions;

    @Test
    void concurrent_issues_take_every_number_once_and_a_rollback_leaves_no_gap() throws Exception {
        String prefix = "TEST-" + System.nanoTime() + "-";
        Integer first = transactions.execute(status -> numbers.next(prefix));
        assertThat(first).isEqualTo(1);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            assertThat(numbers.next(prefix)).isEqualTo(2);
            throw new IllegalStateException("the issue fails after taking its number");
        })).isInstanceOf(IllegalStateException.class);
        Integer again = transactions.execute(status -> numbers.next(prefix));
        assertThat(again).as("2 was given back").isEqualTo(2);

        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> taken = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    Integer number = transactions.execute(status -> numbers.next(prefix));
                    return number;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<Integer> number : taken) {
                all.add(number.get());
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(3, 2 + threads).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_number_is_taken_only_inside_the_issuing_transaction() {
        assertThatThrownBy(() -> numbers.next("TEST-outside-")).isInstanceOf(
                org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
