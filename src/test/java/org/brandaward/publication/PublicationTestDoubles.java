package org.brandaward.publication;

import org.brandaward.workflow.ProcessVariables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import java.io.InputStream;
import java.util.Map;

/**
 * Stand-ins for the processes round-decision calls and other parts of issue 12 build ({@code committee-meeting},
 * {@code public-notice}): each a single user task that a test completes with the variables the real process hands
 * back. Deployed only by the tests that ask, and removed (with their instances) afterwards, so the real models, once
 * there, stay the latest version for every other test.
 */
final class PublicationTestDoubles {

    static final String COMMITTEE_TASK = "CommitteeDouble";
    static final String NOTICE_TASK = "NoticeDouble";

    private PublicationTestDoubles() {
    }

    /** Deploys both doubles; returns the deployment id to {@link #remove}. */
    static String deploy(RepositoryService repository) {
        var deployment = repository.createDeployment().name("publication test doubles");
        for (String process : new String[] {"committee-meeting", "public-notice"}) {
            InputStream model = PublicationTestDoubles.class.getResourceAsStream("/process-doubles/" + process + "-double.xml");
            deployment.addInputStream(process + "-double.bpmn", model);
        }
        return deployment.deploy().getId();
    }

    static void remove(RepositoryService repository, String deploymentId) {
        if (deploymentId != null) {
            repository.deleteDeployment(deploymentId, true);
        }
    }

    /** The committee decided: the candidates passed in rank order, and their tiers ("" where the programme has none). */
    static void committeeDecides(TaskService tasks, long roundId, String candidateIds, String tiers) {
        tasks.complete(open(tasks, roundId, COMMITTEE_TASK).getId(), Map.of("candidateIds", candidateIds, "tiers", tiers));
    }

    /** The public notice closed with the candidates left after the objections. */
    static void noticeCloses(TaskService tasks, long roundId, String candidateIds) {
        tasks.complete(open(tasks, roundId, NOTICE_TASK).getId(), Map.of("candidateIds", candidateIds));
    }

    static Task open(TaskService tasks, long roundId, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ProcessVariables.roundBusinessKey(roundId)).taskDefinitionKey(key).singleResult();
    }
}
