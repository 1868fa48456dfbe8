package id.livinglab.it.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.livinglab.benchmark.StandingsCache;
import id.livinglab.it.Deployments;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Counts the SQL statements the server runs while pages are served, from inside the server: a
 * page's query count must not grow with the number of rows it shows (no N+1).
 */
@ExtendWith(ArquillianExtension.class)
class QueryCountIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(QueryCountIT.class, Deployments.class);
  }

  @PersistenceContext private EntityManager em;
  @EJB private StandingsCache standings;

  private final AtomicInteger statements = new AtomicInteger();
  private SessionEventListener counter;

  @BeforeEach
  void countStatements() {
    counter =
        new SessionEventAdapter() {
          @Override
          public void preExecuteCall(SessionEvent event) {
            statements.incrementAndGet();
          }
        };
    em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().addListener(counter);
  }

  @AfterEach
  void stopCounting() {
    em.unwrap(JpaEntityManager.class).getServerSession().getEventManager().removeListener(counter);
  }

  /**
   * Statements run to serve {@code path} with the year's table rebuilt, after one warm-up request
   * (first use fills the register cache and compiles the page: not what is measured).
   */
  private int statementsFor(String path) throws Exception {
    get(path);
    standings.invalidate(2023);
    statements.set(0);
    get(path);
    return statements.get();
  }

  private static void get(String path) throws Exception {
    // An explicit language keeps the page out of the public page cache: render it every time.
    String uncached = path + (path.contains("?") ? "&" : "?") + "lang=id";
    HttpResponse<String> response =
        Deployments.http()
            .build()
            .send(
                HttpRequest.newBuilder(URI.create(Deployments.inServerUrl() + uncached)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), path);
  }

  @Test
  void theRankingsPageRunsAsManyStatementsFor621RowsAsFor8() throws Exception {
    int all = statementsFor("benchmark/rankings.xhtml?year=2023");
    int cohort = statementsFor("benchmark/rankings.xhtml?year=2023&cohort=livinglab-jabar-2023");
    int export = statementsFor("api/v1/rankings/export.csv?year=2023");

    // Years, results, their values (batched), and the filter lists: the same for any row count.
    assertEquals(all, cohort);
    assertTrue(all >= 3 && all <= 6, all + " statements");
    assertTrue(export <= all, export + " statements");
  }

  @Test
  void aPortraitRunsAFewStatementsWhateverTheSizeOfItsGroups() throws Exception {
    // Sumedang is compared with 621, 398, 28 and 8 instansi; a ministry with 621 and 92. The
    // statements are those that rebuild the year tables dropped (2023, and 2024 whose changes are
    // read from 2023: years, results, their values in batches), never one per group member.
    int sumedang = statementsFor("instansi/32.11");
    int ministry = statementsFor("instansi/P-002");

    assertTrue(sumedang >= 3 && sumedang <= 8, sumedang + " statements");
    assertTrue(ministry >= 3 && ministry <= 8, ministry + " statements");
    assertEquals(sumedang, ministry);
  }

  @Test
  void theGroupSimulationRunsAsManyStatementsFor398MembersAsFor8() throws Exception {
    // The cohort's eight and the 398 kabupaten results of 2023: the year's table, the official
    // levels (kept per year) and the group choices, never one statement per member.
    int cohort = statementsFor("simulation/group.xhtml?group=livinglab-jabar-2023&year=2023");
    int kabupaten = statementsFor("simulation/group.xhtml?group=kind:kabupaten&year=2023");

    assertEquals(cohort, kabupaten);
    assertTrue(cohort >= 3 && cohort <= 6, cohort + " statements");
  }

  @Test
  void theExchangePagesRunAFewStatementsWhateverTheNumberOfPractices() throws Exception {
    // The shipped 20 practices with their categories, sources and indicator links, and the
    // adoptions with their steps: each collection in one batched statement, never one per row.
    int catalogue = statementsFor("praktik-baik");
    int api = statementsFor("api/v1/practices?size=50");
    int spread = statementsFor("praktik-baik/peta");

    assertTrue(catalogue <= 12, catalogue + " statements for the catalogue");
    assertTrue(api <= 12, api + " statements for the API");
    assertTrue(spread <= 12, spread + " statements for the map of adoptions");
  }

  /** A call as {@code user} (HTTP Basic), answered with {@code status}. */
  private static void call(String user, String method, String path, String type, byte[] body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(Deployments.inServerUrl() + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response =
        Deployments.http().build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(response.statusCode() / 100 == 2, path + " → " + response.body());
  }

  /** Garut's operator answers indicator {@code no} of 2022 and uploads a PDF for it. */
  private static void answerWithEvidence(int no) throws Exception {
    String base = "api/v1/assessments/2022/32.05/indicators/" + no;
    call(
        "operator.garut",
        "PUT",
        base,
        "application/json",
        "{\"level\":2,\"explanation\":\"bukti\"}".getBytes(StandardCharsets.UTF_8));
    String boundary = "qc-boundary";
    byte[] multipart =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"b"
                + no
                + ".pdf\"\r\n\r\n%PDF-1.4 bukti\r\n--"
                + boundary
                + "--\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    call(
        "operator.garut",
        "POST",
        base + "/evidence",
        "multipart/form-data; boundary=" + boundary,
        multipart);
  }

  private int statementsForSheet() throws Exception {
    String sheet = "api/v1/assessments/2022/32.05";
    call("operator.garut", "GET", sheet, null, null);
    statements.set(0);
    call("operator.garut", "GET", sheet, null, null);
    return statements.get();
  }

  @Test
  void anAssessmentSheetRunsAsManyStatementsForTwentyAnswersAsForOne() throws Exception {
    // A period of its own (2022, SPBE 2020), so no other test's answers are counted.
    call("admin", "POST", "api/v1/periods", "application/json", "{\"year\":2022}".getBytes());
    answerWithEvidence(1);
    // Warm-up: what the first read loads once (shared caches, the framework) is not per answer.
    statementsForSheet();
    int one = statementsForSheet();
    for (int no = 2; no <= 20; no++) {
      answerWithEvidence(no);
    }
    int twenty = statementsForSheet();

    // Period, assignments, assessment, its answers, evidence counts: never one per answer.
    assertTrue(twenty <= one, one + " statements for one answer, " + twenty + " for twenty");
    assertTrue(twenty <= 8, twenty + " statements");
  }
}
