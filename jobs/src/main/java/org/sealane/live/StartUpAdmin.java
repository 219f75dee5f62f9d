package org.sealane.live;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The admin client of the live job's checks before it starts: the job's connection and security
 * settings, with timeouts short enough that an unreachable broker is said within half a minute.
 */
final class StartUpAdmin {

    private StartUpAdmin() {}

    static Admin open(Properties clientProperties) {
        Properties admin = new Properties();
        admin.putAll(clientProperties);
        admin.putIfAbsent(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        admin.putIfAbsent(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(admin);
    }
}
