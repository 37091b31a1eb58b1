package org.brandaward.cluster;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The node's name in its session ids: with {@code brand-award.node-route} set (env BRAND_AWARD_NODE_ROUTE), Tomcat
 * ends every session id with ".&lt;route&gt;" (its jvmRoute), so a load balancer sends a signed-in browser back to the
 * node that holds its session (docker/nginx.conf maps the cookie's suffix to the node). Unset: plain session ids.
 */
@Component
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${brand-award.node-route:}") String route) {
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!StringUtils.hasText(route)) {
            return;
        }
        // Before the context starts its session manager, which takes the engine's jvmRoute for its id generator.
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                ((Engine) context.getParent().getParent()).setJvmRoute(route.strip());
            }
        }));
    }
}
