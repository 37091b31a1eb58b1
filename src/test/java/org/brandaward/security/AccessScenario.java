package org.brandaward.security;

import org.brandaward.Fixture;
import org.brandaward.application.ApplicationFixtures;
import org.brandaward.application.ApplicationService;
import org.brandaward.application.AttachmentService;
import org.brandaward.certificate.Certificate;
import org.brandaward.certificate.CertificateService;
import org.brandaward.committee.CommitteeService;
import org.brandaward.eligibility.EligibilityService;
import org.brandaward.organisation.OrganisationFixtures;
import org.brandaward.organisation.OrganisationService;
import org.brandaward.programme.ProgrammeDescriptor;
import org.brandaward.programme.ProgrammeDescriptor.ApplicantKind;
import org.brandaward.programme.Round;
import org.brandaward.programme.RoundFixtures;
import org.brandaward.publication.PublicationFixtures;
import org.brandaward.recommendation.RecommendationFixtures;
import org.brandaward.review.Expert;
import org.brandaward.review.ExpertDrawService;
import org.brandaward.review.ExpertForm;
import org.brandaward.review.ExpertPoolService;
import org.brandaward.review.ReviewFixtures;
import org.brandaward.review.ReviewStage;
import org.brandaward.security.AccessTable.Actor;
import org.brandaward.workflow.WorkflowFixtures;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The people and records the access matrix calls every method with, built once through the real services:
 *
 * <ul>
 *   <li>round {@code round} (2141) decided and published: organisation A's application {@code recognised} holds a
 *       certificate, the committee {@code meeting} voted on it;</li>
 *   <li>round {@code openRound} (2142): A's {@code application} in expert review (one drawn expert declared, one
 *       drawn and not yet declared), A's {@code county} at its county bureau, A's {@code eligibility} at the office's
 *       eligibility check, A's {@code draft} and B's {@code draftB} not submitted; {@code attachment} is on {@code application}.</li>
 * </ul>
 *
 * A's organisation is in 历下区 of 济南市 ({@link OrganisationFixtures#COUNTY}); the bureaus "out" are 市南区 and 青岛市.
 */
@Fixture
class AccessScenario {

    static final int PUBLISHED_YEAR = 2141;
    static final int OPEN_YEAR = 2142;
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final RoundFixtures roundFixtures;
    private final OrganisationFixtures people;
    private final RecommendationFixtures recommendation;
    private final ReviewFixtures review;
    private final PublicationFixtures publication;
    private final WorkflowFixtures tasks;
    private final ApplicationService applications;
    private final AttachmentService attachments;
    private final OrganisationService organisations;
    private final EligibilityService eligibility;
    private final ExpertDrawService draws;
    private final ExpertPoolService pool;
    private final CommitteeService committee;
    private final CertificateService certificates;
    private final TaskService taskService;
    private final JdbcTemplate jdbc;

    /**
     * The scenario's ids by name (what a table row's bindings name) and its actors: kept for the whole test JVM, as
     * the database is, whichever Spring context (with MockMvc or without) asks first.
     */
    static final Map<String, Object> ids = new HashMap<>();
    static final Map<Actor, Authentication> actors = new EnumMap<>(Actor.class);

    AccessScenario(RoundFixtures roundFixtures, OrganisationFixtures people, RecommendationFixtures recommendation,
                   ReviewFixtures review, PublicationFixtures publication, WorkflowFixtures tasks, ApplicationService applications,
                   AttachmentService attachments, OrganisationService organisations, EligibilityService eligibility,
                   ExpertDrawService draws, ExpertPoolService pool, CommitteeService committee, CertificateService certificates,
                   TaskService taskService, JdbcTemplate jdbc) {
        this.roundFixtures = roundFixtures;
        this.people = people;
        this.recommendation = recommendation;
        this.review = review;
        this.publication = publication;
        this.tasks = tasks;
        this.applications = applications;
        this.attachments = attachments;
        this.organisations = organisations;
        this.eligibility = eligibility;
        this.draws = draws;
        this.pool = pool;
        this.committee = committee;
        this.certificates = certificates;
        this.taskService = taskService;
        this.jdbc = jdbc;
    }

    /** Builds the scenario once per test JVM; the test is left signed out. */
    AccessScenario build() {
        synchronized (ids) {
            return buildOnce();
        }
    }

    private AccessScenario buildOnce() {
        if (!actors.isEmpty()) { // filled last: a build that failed half-way is not taken for done
            return this;
        }
        Round published = roundFixtures.round(PUBLISHED_YEAR);
        Round open = roundFixtures.round(OPEN_YEAR);
        ids.put("round", published.getId());
        ids.put("openRound", open.getId());

        // Enough experts that the open round's panel has two who did not review the published round's application:
        // the expert actors are about the application in review alone.
        SignIn.as("office", Roles.OFFICE);
        for (String cityCode : List.of("370200", "370300", "370600", "370700", "370800", "370900", "371000", "371100")) {
            review.expertInPool("矩阵专家" + cityCode, cityCode, "矩阵评审中心" + cityCode, ProgrammeDescriptor.Family.FAMOUS_BRAND);
        }
        String applicantA = people.applicantWithOrganisation("矩阵甲食品有限公司");
        ids.put("organisation", organisations.currentOrganisationId());
        ids.put("applicantA", applicantA);
        long recognised = publication.reviewedApplication(published, "矩阵牌酱油");
        publication.decideRound(published, List.of(recognised));
        ids.put("recognised", recognised);
        // The experts of the published round declare a relation to A, so that none of them is drawn again for A: the
        // expert actors are about the application in review alone, whatever the draw picks.
        List<String> reviewedRecognised = SignIn.asEngine(() -> Stream.of(ReviewStage.values())
                .flatMap(stage -> draws.reviewers(recognised, stage).stream()).toList());
        String creditCodeOfA = organisations.byIdUnchecked((Long) ids.get("organisation")).getCreditCode();
        SignIn.as("office", Roles.OFFICE);
        for (String expert : reviewedRecognised) {
            long expertId = jdbc.queryForObject("select id from expert where username = ?", Long.class, expert);
            ExpertForm form = pool.formOf(expertId);
            form.setRelatedCreditCodes(form.getRelatedCreditCodes() == null || form.getRelatedCreditCodes().isBlank()
                    ? creditCodeOfA : form.getRelatedCreditCodes() + "\n" + creditCodeOfA);
            pool.save(expertId, form);
        }
        Certificate certificate = certificates.ofApplication(recognised).orElseThrow();
        ids.put("certificate", certificate.getId());
        ids.put("certificateNumber", certificate.getNumber());
        long meetingId = committee.meetingOfRound(published.getId()).orElseThrow().meetingId();
        ids.put("meeting", meetingId);
        String member = jdbc.queryForObject("select min(username) from committee_member where meeting_id = ?", String.class, meetingId);

        SignIn.as(applicantA, Roles.APPLICANT);
        long inReview = applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId();
        ids.put("attachment", attachments.attach(inReview, "营业执照.pdf", PDF).getId());
        ids.put("attachmentKey", attachments.of(inReview).get(0).getPublicKey());
        applications.submit(inReview, ApplicationFixtures.completeForm("矩阵牌醋"));
        recommendation.toProvince(inReview);
        SignIn.as("office", Roles.OFFICE);
        eligibility.decide(tasks.task(inReview, "CheckEligibility"), inReview, true, null);
        ids.put("application", inReview);
        List<String> reviewers = SignIn.asEngine(() -> draws.reviewers(inReview, ReviewStage.DOCUMENT));
        if (reviewers.size() < 2 || reviewers.stream().anyMatch(reviewedRecognised::contains)) {
            throw new AssertionError("the open round's panel is not two or more experts new to A: " + reviewers);
        }
        String declared = reviewers.get(0);
        String undeclared = reviewers.get(1);
        SignIn.as(declared, Roles.EXPERT);
        draws.declare(inReview);
        SignIn.as("office", Roles.OFFICE);
        Expert unassigned = review.expertInPool("矩阵未抽专家", "630100", "青海某研究院", ProgrammeDescriptor.Family.TIME_HONOURED);
        ids.put("expert", jdbc.queryForObject("select id from expert where username = ?", Long.class, declared));
        ids.put("declaredExpert", declared);

        SignIn.as(applicantA, Roles.APPLICANT);
        long county = applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(county, ApplicationFixtures.completeForm("矩阵牌茶"));
        ids.put("county", county);
        SignIn.as(applicantA, Roles.APPLICANT);
        long atEligibility = applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId();
        applications.submit(atEligibility, ApplicationFixtures.completeForm("矩阵牌面"));
        recommendation.toProvince(atEligibility);
        ids.put("eligibility", atEligibility);
        SignIn.as(applicantA, Roles.APPLICANT);
        ids.put("draft", applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId());

        String applicantB = people.applicantWithOrganisation("矩阵乙饮料有限公司");
        ids.put("organisationB", organisations.currentOrganisationId());
        ids.put("draftB", applications.createDraft(open.getId(), ApplicantKind.ORGANISATION).getId());

        ids.put("task:county", task(county, "CountyRecommendation", null));
        ids.put("task:eligibility", task(atEligibility, "CheckEligibility", null));
        ids.put("task:scoring", task(inReview, "ScoreApplication", declared));
        ids.put("task:declaration", task(inReview, "DeclareConflicts", undeclared));

        actors.put(Actor.ANONYMOUS, new AnonymousAuthenticationToken("key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        actors.put(Actor.APPLICANT_A, user(applicantA, Roles.APPLICANT));
        actors.put(Actor.APPLICANT_B, user(applicantB, Roles.APPLICANT));
        actors.put(Actor.COUNTY_IN, recommender(RegionGroups.county(OrganisationFixtures.COUNTY)));
        actors.put(Actor.CITY_IN, recommender(RegionGroups.city(OrganisationFixtures.CITY)));
        actors.put(Actor.COUNTY_OUT, recommender(RegionGroups.county("370202")));
        actors.put(Actor.CITY_OUT, recommender(RegionGroups.city("370200")));
        actors.put(Actor.EXPERT_DECLARED, user(declared, Roles.EXPERT));
        actors.put(Actor.EXPERT_UNDECLARED, user(undeclared, Roles.EXPERT));
        actors.put(Actor.EXPERT_UNASSIGNED, user(unassigned.getUsername(), Roles.EXPERT));
        actors.put(Actor.OFFICE, user("office", Roles.OFFICE));
        actors.put(Actor.COMMITTEE, user(member, Roles.COMMITTEE));
        actors.put(Actor.COMMITTEE_OUTSIDER, user(people.account("matrix-committee", "非本会委员", Roles.COMMITTEE), Roles.COMMITTEE));
        actors.put(Actor.ADMIN, user("admin", Roles.ADMIN));
        SignIn.out();
        return this;
    }

    private String task(long applicationId, String key, String assignee) {
        var query = taskService.createTaskQuery().processInstanceBusinessKey(Long.toString(applicationId)).taskDefinitionKey(key);
        if (assignee != null) {
            query.taskAssignee(assignee);
        }
        return SignIn.asEngine(() -> query.singleResult().getId());
    }

    private static Authentication user(String username, String role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, "n/a", List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    private static Authentication recommender(String group) {
        return UsernamePasswordAuthenticationToken.authenticated("recommender-" + group, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.RECOMMENDER), new SimpleGrantedAuthority(RegionGroups.AUTHORITY_PREFIX + group)));
    }
}
