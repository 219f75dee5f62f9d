package org.sealane.live;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.runtime.OperatorIDPair;
import org.apache.flink.runtime.checkpoint.Checkpoints;
import org.apache.flink.runtime.checkpoint.OperatorState;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.state.CompletedCheckpointStorageLocation;
import org.apache.flink.runtime.state.filesystem.AbstractFsCheckpointStorageAccess;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Before a job restores a savepoint or retained checkpoint (DESIGN 6), checks that every operator
 * state in it has an operator of the same uid in the job, and names the first one that has none in
 * one line. Flink itself would find out only once the job is submitted, and say it in a stack trace
 * with the state's hashed operator id.
 */
final class SavepointCheck {

    private SavepointCheck() {}

    /**
     * Fails when the environment restores a savepoint (execution.state-recovery.path) holding state
     * of an operator the job built on it does not have, unless unclaimed state is allowed
     * (execution.state-recovery.ignore-unclaimed-state, {@code --allow-non-restored-state}).
     */
    static void requireAHomeForEveryState(StreamExecutionEnvironment env) {
        ReadableConfig config = env.getConfiguration();
        Optional<String> savepoint = config.getOptional(StateRecoveryOptions.SAVEPOINT_PATH);
        if (savepoint.isEmpty()
                || config.get(StateRecoveryOptions.SAVEPOINT_IGNORE_UNCLAIMED_STATE)) {
            return;
        }
        Set<OperatorID> operators = new HashSet<>();
        for (JobVertex vertex : env.getStreamGraph(false).getJobGraph().getVertices()) {
            for (OperatorIDPair ids : vertex.getOperatorIDs()) {
                operators.add(ids.getGeneratedOperatorID());
                ids.getUserDefinedOperatorID().ifPresent(operators::add);
            }
        }
        for (OperatorState state : operatorStates(savepoint.get())) {
            // As Flink does, an operator's empty state is no loss (a stateless operator removed).
            boolean holdsState =
                    state.getCoordinatorState() != null
                            || state.getStates().stream().anyMatch(OperatorSubtaskState::hasState);
            if (holdsState && !operators.contains(state.getOperatorID())) {
                throw new IllegalStateException(
                        String.format(
                                Locale.ROOT,
                                "%s holds state of operator %s, which this job does not have (its"
                                        + " uid was renamed, or it was removed); restore with"
                                        + " --allow-non-restored-state to drop that state, or"
                                        + " run the job the savepoint was taken from",
                                savepoint.get(),
                                describe(state)));
            }
        }
    }

    private static String describe(OperatorState state) {
        String uid = state.getOperatorUid().map(u -> "'" + u + "'").orElse(null);
        String name = state.getOperatorName().orElse(null);
        if (uid == null) {
            return state.getOperatorID() + (name == null ? "" : " (" + name + ")");
        }
        return name == null || name.equals(uid) ? uid : uid + " (" + name + ")";
    }

    private static List<OperatorState> operatorStates(String savepoint) {
        try {
            CompletedCheckpointStorageLocation location =
                    AbstractFsCheckpointStorageAccess.resolveCheckpointPointer(savepoint);
            try (InputStream metadata = location.getMetadataHandle().openInputStream()) {
                return List.copyOf(
                        Checkpoints.loadCheckpointMetadata(
                                        new DataInputStream(metadata),
                                        SavepointCheck.class.getClassLoader(),
                                        location.getExternalPointer())
                                .getOperatorStates());
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read the savepoint " + savepoint + ": " + e.getMessage(), e);
        }
    }
}
