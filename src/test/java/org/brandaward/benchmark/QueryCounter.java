package org.brandaward.benchmark;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Counts the SQL statements the application and the engine send through the datasource, so a benchmark can print
 * statements per step next to its times. Only in a context that sets {@code brand-award.benchmark.count-queries}: the
 * normal tests run on the plain datasource.
 */
@Component
@ConditionalOnProperty("brand-award.benchmark.count-queries")
public class QueryCounter implements BeanPostProcessor {

    private final LongAdder statements = new LongAdder();
    private final Map<String, LongAdder> prepared = new ConcurrentHashMap<>();

    public long statements() {
        return statements.sum();
    }

    /** The {@code n} statements prepared most often so far, with their counts, most frequent first. */
    public String mostPrepared(int n) {
        return prepared.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(n)
                .map(e -> String.format(Locale.ROOT, "%8d  %.220s", e.getValue().sum(), e.getKey().replaceAll("\\s+", " ")))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return wrap(DataSource.class, dataSource, (method, args, result) ->
                    result instanceof Connection connection ? wrap(Connection.class, connection, this::countedStatement) : result);
        }
        return bean;
    }

    private Object countedStatement(Method method, Object[] args, Object result) {
        if (args != null && args.length > 0 && args[0] instanceof String sql && method.getName().startsWith("prepare")) {
            prepared.computeIfAbsent(sql, key -> new LongAdder()).increment();
        }
        if (result instanceof Statement statement && Statement.class.isAssignableFrom(method.getReturnType())) {
            return wrap(method.getReturnType(), statement, (executed, arguments, outcome) -> {
                if (executed.getName().startsWith("execute")) {
                    statements.increment();
                }
                return outcome;
            });
        }
        return result;
    }

    private interface Returned {
        Object wrap(Method method, Object[] args, Object result);
    }

    private static Object wrap(Class<?> type, Object target, Returned returned) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return returned.wrap(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
