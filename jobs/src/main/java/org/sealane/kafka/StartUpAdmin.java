package org.sealane.kafka;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The admin client of the checks a command makes before it starts: the command's connection and
 * security settings, with timeouts short enough that an unreachable broker is said within half a
 * minute.
 */
public final class StartUpAdmin {

    private StartUpAdmin() {}

    /**
     * @param clientProperties a consumer's or producer's properties; those an admin client does not
     *     know (serializers, acks, ...) are left out rather than warned about
     */
    public static Admin open(Properties clientProperties) {
        Properties admin = new Properties();
        clientProperties.forEach(
                (name, value) -> {
                    if (AdminClientConfig.configNames().contains(name.toString())) {
                        admin.put(name, value);
                    }
                });
        admin.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        admin.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(admin);
    }
}
