package id.livinglab.api.assessment;

import id.livinglab.api.common.JsonBody;
import id.livinglab.assessment.AssessmentService;
import id.livinglab.assessment.EvidenceService;
import id.livinglab.assessment.Finalisation;
import id.livinglab.assessment.ReviewService;
import id.livinglab.assessment.SelfAssessment;
import id.livinglab.assessment.VerdictKind;
import id.livinglab.common.InvalidInputException;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/assessments/{year}/{instansi}}: one instansi's assessment, for integration. Every
 * call needs HTTP Basic; the services check role, instansi and stage exactly as for the pages.
 */
@Path("assessments/{year}/{instansi}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  /** Room for the multipart headers and boundaries around the file itself. */
  private static final long MULTIPART_OVERHEAD = 64 * 1024;

  @EJB private AssessmentService assessments;
  @EJB private SelfAssessment self;
  @EJB private EvidenceService evidence;
  @EJB private ReviewService review;
  @EJB private Finalisation finalisation;

  @PathParam("year")
  private int year;

  @PathParam("instansi")
  private String instansi;

  @GET
  @Operation(summary = "The assessment: self and external level per indicator, simulated indices")
  public AssessmentJson.Sheet sheet() {
    return AssessmentJson.Sheet.of(assessments.sheet(year, instansi));
  }

  @GET
  @Path("indicators/{no}")
  @Operation(summary = "One indicator: the answer, evidence and verdicts")
  public AssessmentJson.Indicator indicator(@PathParam("no") String no) {
    return AssessmentJson.Indicator.of(assessments.indicator(year, instansi, no));
  }

  @PUT
  @Path("indicators/{no}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save the self-assessment of an indicator",
      description =
          "Body {\"level\": 3, \"explanation\": \"…\", \"opd\": \"…\", \"version\": 2}; level on"
              + " the framework's scale (decimals for Pemdi). With version, a save over someone"
              + " else's newer answer is refused with 409.")
  public AssessmentJson.Answer save(@PathParam("no") String no, String body) {
    JsonBody b = JsonBody.parse(body);
    return AssessmentJson.Answer.of(
        self.save(
            year,
            instansi,
            no,
            new SelfAssessment.SelfAnswer(b.decimal("level"), b.text("opd"), b.text("explanation")),
            b.integer("version")));
  }

  @POST
  @Path("indicators/{no}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "Upload evidence (multipart part \"file\"): PDF, image, office document")
  public Response upload(
      @PathParam("no") String no,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
      InputStream body)
      throws IOException {
    // A declared length far over the limit is refused before a byte is read; an undeclared one
    // is counted by the store, which stops at the limit.
    evidence.refuseDeclared(length, MULTIPART_OVERHEAD);
    MultipartFile file = MultipartFile.open(body, contentType);
    var stored = evidence.upload(year, instansi, no, file.fileName(), file.content());
    return Response.status(Response.Status.CREATED)
        .entity(AssessmentJson.Evidence.of(stored))
        .build();
  }

  @POST
  @Path("indicators/{no}/evidence/{id}")
  @Operation(summary = "Let an uploaded file serve this indicator as well")
  public Response link(@PathParam("no") String no, @PathParam("id") long id) {
    evidence.link(year, instansi, no, id);
    return Response.noContent().build();
  }

  @GET
  @Path("evidence/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an evidence file")
  public Response download(@PathParam("id") long id) {
    EvidenceService.Download d = evidence.open(year, instansi, id);
    // Attachment and nosniff, never inline: a polyglot (%PDF- followed by HTML) is accepted as a
    // PDF and must not be rendered (EvidenceService.Download).
    return Response.ok(d.path().toFile(), d.contentType())
        .header("Content-Disposition", d.contentDisposition())
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @POST
  @Path("submit")
  @Operation(summary = "The coordinator approves and submits the self-assessment")
  public Response submit() {
    self.submit(year, instansi);
    return Response.noContent().build();
  }

  @PUT
  @Path("indicators/{no}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "An assigned assessor sets the external value: {\"level\": 2.5, \"note\"}")
  public AssessmentJson.Answer score(@PathParam("no") String no, String body) {
    JsonBody b = JsonBody.parse(body);
    return AssessmentJson.Answer.of(
        review.score(year, instansi, no, b.decimal("level"), b.text("note"), b.integer("version")));
  }

  @POST
  @Path("indicators/{no}/verdicts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A verdict on an evidence item",
      description =
          "{\"evidenceId\": 51, \"verdict\": \"DITERIMA\" | \"REVISI_TIDAK_TEPAT\" |"
              + " \"REVISI_BELUM_DIUNGGAH\", \"note\": \"…\"}")
  public Response verdict(@PathParam("no") String no, String body) {
    JsonBody b = JsonBody.parse(body);
    Integer evidenceId = b.integer("evidenceId");
    review.verdict(
        year,
        instansi,
        no,
        evidenceId == null ? null : evidenceId.longValue(),
        verdictKind(b.text("verdict")),
        b.text("note"));
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("verdicts/{id}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The instansi answers a verdict's note: {\"text\": \"…\"}")
  public Response reply(@PathParam("id") long id, String body) {
    review.reply(year, instansi, id, JsonBody.parse(body).text("text"));
    return Response.noContent().build();
  }

  @POST
  @Path("finalise")
  @Operation(summary = "The administrator turns the external values into the official result")
  public AssessmentJson.Official finalise() {
    return AssessmentJson.Official.of(finalisation.finalise(year, instansi));
  }

  private static VerdictKind verdictKind(String value) {
    for (VerdictKind k : VerdictKind.values()) {
      if (k.name().equals(value)) {
        return k;
      }
    }
    throw new InvalidInputException(
        "verdict", "error.field.oneOf", "verdict", Arrays.toString(VerdictKind.values()));
  }
}
