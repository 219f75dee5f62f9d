package org.sealane.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.junit.jupiter.api.Test;
import org.sealane.TestData;
import org.yaml.snakeyaml.Yaml;

/**
 * The container deployment in {@code docker/} keeps its production defaults (REST not public, no
 * jar submission, checkpoints and savepoints on storage that outlives the containers, upgrades
 * through savepoints), runs the sealane job, and names the Flink version the job is built with. No
 * Docker engine is needed: the files are read as YAML.
 */
class ContainerDeploymentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCKER = TestData.repoRoot().resolve("docker");

    @Test
    void composePublishesItsPortsOnTheHostsLoopbackOnly() throws IOException {
        JsonNode services = compose().path("services");

        List<String> published = new ArrayList<>();
        services.forEach(service -> service.path("ports").forEach(p -> published.add(p.asText())));

        assertThat(published).isNotEmpty().allMatch(port -> port.startsWith("127.0.0.1:"));
    }

    private static final String PROMETHEUS_REPORTER =
            "org.apache.flink.metrics.prometheus.PrometheusReporterFactory";

    @Test
    void composeRunsTheJobInApplicationModeWithCheckpointsOnANamedVolume() throws IOException {
        JsonNode compose = compose();
        JsonNode jobManager = compose.path("services").path("jobmanager");

        assertThat(texts(jobManager.path("command")))
                .startsWith(
                        "standalone-job",
                        "--job-classname",
                        "org.sealane.cli.SealaneCommand",
                        "run");
        for (String service : List.of("jobmanager", "taskmanager")) {
            Map<String, String> flink =
                    flinkProperties(
                            compose.path("services")
                                    .path(service)
                                    .path("environment")
                                    .path("FLINK_PROPERTIES")
                                    .asText());
            assertThat(flink)
                    .as(service)
                    .containsEntry("web.submit.enable", "false")
                    .containsEntry("execution.checkpointing.dir", "file:///flink-data/checkpoints")
                    .containsEntry(
                            "execution.checkpointing.savepoint-dir",
                            "file:///flink-data/savepoints")
                    .containsEntry("metrics.reporter.prom.factory.class", PROMETHEUS_REPORTER);
            assertThat(texts(compose.path("services").path(service).path("volumes")))
                    .as(service)
                    .contains("flink-data:/flink-data");
        }
        assertThat(compose.path("volumes").has("flink-data")).as("a named volume").isTrue();
    }

    @Test
    void theOperatorUpgradesThroughSavepointsOnDurableStorage() throws IOException {
        JsonNode spec = flinkDeployment().path("spec");
        JsonNode flink = spec.path("flinkConfiguration");

        assertThat(spec.path("job").path("upgradeMode").asText()).isEqualTo("savepoint");
        assertThat(spec.path("job").path("jarURI").asText())
                .isEqualTo("local:///opt/flink/usrlib/sealane-job.jar");
        assertThat(spec.path("job").path("entryClass").asText())
                .isEqualTo("org.sealane.cli.SealaneCommand");
        assertThat(texts(spec.path("job").path("args"))).first().isEqualTo("run");
        assertThat(flink.path("web.submit.enable").asText()).isEqualTo("false");
        assertThat(flink.path("kubernetes.rest-service.exposed.type").asText())
                .isEqualTo("ClusterIP");
        for (String key :
                List.of(
                        "execution.checkpointing.dir",
                        "execution.checkpointing.savepoint-dir",
                        "high-availability.storageDir")) {
            assertThat(flink.path(key).asText()).as(key).startsWith("s3://");
        }
        assertThat(flink.path("metrics.reporter.prom.factory.class").asText())
                .isEqualTo(PROMETHEUS_REPORTER);
    }

    @Test
    void everyImageAndManifestNamesTheFlinkVersionOfTheBuild() throws IOException {
        String version = EnvironmentInformation.getVersion(); // the flink-runtime on the classpath
        String[] parts = version.split("\\.");

        assertThat(Files.readString(DOCKER.resolve("Dockerfile")))
                .contains("ARG FLINK_IMAGE=flink:" + version + "-scala_2.12-java17");
        JsonNode spec = flinkDeployment().path("spec");
        assertThat(spec.path("flinkVersion").asText()).isEqualTo("v" + parts[0] + "_" + parts[1]);
        assertThat(spec.toString()).contains("flink-s3-fs-presto-" + version + ".jar");
        assertThat(Files.readString(TestData.repoRoot().resolve("bin/flink-lib/pom.xml")))
                .contains("<flink.version>" + version + "</flink.version>");
    }

    private static JsonNode compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve("compose.yaml"))) {
            return JSON.valueToTree(new Yaml().load(reader));
        }
    }

    /** The FlinkDeployment among the manifest's documents. */
    private static JsonNode flinkDeployment() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCKER.resolve("k8s/flinkdeployment.yaml"))) {
            for (Object document : new Yaml().loadAll(reader)) {
                JsonNode node = JSON.valueToTree(document);
                if (node != null && node.path("kind").asText().equals("FlinkDeployment")) {
                    return node;
                }
            }
        }
        throw new AssertionError("no FlinkDeployment in docker/k8s/flinkdeployment.yaml");
    }

    /** The image's FLINK_PROPERTIES: one {@code key: value} per line. */
    private static Map<String, String> flinkProperties(String text) {
        Map<String, String> properties = new LinkedHashMap<>();
        text.lines()
                .filter(line -> line.contains(":"))
                .forEach(
                        line -> {
                            int colon = line.indexOf(':');
                            properties.put(
                                    line.substring(0, colon).strip(),
                                    line.substring(colon + 1).strip());
                        });
        return properties;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
