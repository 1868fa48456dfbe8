package id.livinglab.api.practice;

import id.livinglab.api.common.JsonBody;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionQueries;
import id.livinglab.practice.AdoptionService;
import id.livinglab.practice.Practice;
import id.livinglab.practice.PracticeAuthoring;
import id.livinglab.practice.PracticeCard;
import id.livinglab.practice.PracticeCatalogue;
import id.livinglab.practice.PracticePage;
import id.livinglab.practice.PracticeQuery;
import id.livinglab.practice.PracticeView;
import id.livinglab.practice.Spread;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/practices}: the catalogue of good practices, one practice, and its lineage. Public
 * reads; a draft only its owner instansi and curators see, an interest (MINAT) only the two parties
 * and facilitators.
 */
@Path("practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

  @EJB private PracticeCatalogue catalogue;
  @EJB private AdoptionService adoptions;
  @EJB private AdoptionQueries queries;
  @EJB private PracticeAuthoring authoring;

  @GET
  @Operation(
      summary = "Search the catalogue of good practices; public",
      description =
          "q: words in title, summary or problem; category: G2G, G2C, G2E, G2B; indicator: an"
              + " indicator, aspect or domain raised, e.g. spbe-2020:37 or spbe-2020:A5; owner,"
              + " province (code), kind (pusat, provinsi, kabupaten, kota); maturity (INISIATIF,"
              + " UJI_COBA, PENERAPAN); status (BERJALAN, VAKUM, BERHENTI); usedBy: at least N"
              + " adopters run it; sort: adopted, newest, confirmed; page, size (≤ 100).")
  public PracticeJson.Page search(
      @QueryParam("q") String q,
      @QueryParam("category") String category,
      @QueryParam("indicator") String indicator,
      @QueryParam("owner") String owner,
      @QueryParam("province") String province,
      @QueryParam("kind") String kind,
      @QueryParam("maturity") String maturity,
      @QueryParam("status") String status,
      @QueryParam("usedBy") String usedBy,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PracticePage result =
        catalogue.search(
            PracticeQuery.parse(
                q, category, indicator, owner, province, kind, maturity, status, usedBy, sort, page,
                size));
    return new PracticeJson.Page(
        result.total(),
        result.page(),
        result.pages(),
        result.size(),
        result.rows().stream().map(PracticeJson.Card::of).toList());
  }

  @GET
  @Path("spread")
  @Operation(
      summary = "How practices spread: adoptions as arcs from owner to adopter, top owners; public")
  public Spread spread() {
    return catalogue.spread();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A good practice with its indicators and adopters; drafts only to owner")
  public PracticeJson.Detail practice(@PathParam("id") long id) {
    PracticeView v = catalogue.view(id);
    var p = v.practice();
    return new PracticeJson.Detail(
        PracticeJson.Card.of(
            new PracticeCard(p, v.owner(), v.freshness(), v.adoptions(), v.usedBy())),
        p.getProblemId(),
        p.getProblemEn(),
        p.getHowItWorks(),
        p.getResults(),
        p.getDemoUrl(),
        p.getVideoUrl(),
        p.getSourceCode() == null ? null : p.getSourceCode().name(),
        p.getLicence(),
        p.getTeam(),
        p.getNoteId(),
        p.getNoteEn(),
        p.getConfirmedOn(),
        p.getSources(),
        v.indicators().stream().map(PracticeJson.Raised::of).toList(),
        v.adopters().stream().map(PracticeJson.Adoption::of).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Draft a practice (the owner's coordinator, or the national administrator)",
      description =
          "{\"title\":…,\"owner\":\"32.11\",\"categories\":[\"G2G\"],\"summary\":…,"
              + "\"problem\":…}; optional summaryEn, problemEn, howItWorks, results, maturity,"
              + " status, yearStarted, demoUrl, videoUrl, sourceCode (TERTUTUP, ATAS_PERMINTAAN,"
              + " TERBUKA), licence, team, sources. A draft is private to its owner. 201.")
  public Response create(String body) {
    JsonBody d = JsonBody.parse(body);
    Practice p = authoring.create(d.text("owner"), draft(d));
    return Response.created(URI.create("practices/" + p.getId()))
        .entity(practice(p.getId()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a practice (its owner's coordinator, or a curator); same body")
  public PracticeJson.Detail update(@PathParam("id") long id, String body) {
    authoring.update(id, draft(JsonBody.parse(body)));
    return practice(id);
  }

  @POST
  @Path("{id}/indicators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose an indicator the practice raises (its owner's coordinator)",
      description =
          "{\"framework\":\"spbe-2020\",\"indicator\":\"37\",\"from\":2,\"to\":4,"
              + "\"reason\":…}; a curator approves it (publish, or approve).")
  public PracticeJson.Detail propose(@PathParam("id") long id, String body) {
    JsonBody d = JsonBody.parse(body);
    authoring.propose(
        id,
        d.text("framework"),
        d.text("indicator"),
        d.decimal("from"),
        d.decimal("to"),
        d.text("reason"));
    return practice(id);
  }

  @POST
  @Path("{id}/publish")
  @Operation(summary = "Publish a draft (a curator), approving its proposed indicators")
  public PracticeJson.Detail publish(@PathParam("id") long id) {
    authoring.publish(id);
    return practice(id);
  }

  @POST
  @Path("{id}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Approve one proposed indicator (a curator): {\"indicator\":\"spbe-2020:37\"}")
  public PracticeJson.Detail approve(@PathParam("id") long id, String body) {
    authoring.approve(id, JsonBody.parse(body).text("indicator"));
    return practice(id);
  }

  @POST
  @Path("{id}/confirm")
  @Operation(summary = "The owner confirms that the record is current (yearly)")
  public PracticeJson.Detail confirm(@PathParam("id") long id) {
    authoring.confirm(id);
    return practice(id);
  }

  private static PracticeAuthoring.Draft draft(JsonBody d) {
    return new PracticeAuthoring.Draft(
        d.text("title"),
        d.texts("categories"),
        d.text("summary"),
        d.text("summaryEn"),
        d.text("problem"),
        d.text("problemEn"),
        d.text("howItWorks"),
        d.text("results"),
        d.text("maturity"),
        d.text("status"),
        d.integer("yearStarted"),
        d.text("demoUrl"),
        d.text("videoUrl"),
        d.text("sourceCode"),
        d.text("licence"),
        d.text("team"),
        d.texts("sources"));
  }

  @POST
  @Path("{id}/adoptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Start adopting a practice (the adopter's coordinator, or a facilitator)",
      description =
          "{\"adopter\":\"32.05\",\"parent\":null}: an interest (MINAT) today. A facilitator"
              + " may add \"date\" and \"source\" to record an adoption made before the platform"
              + " (\"dilaporkan\"). 201 with the adoption.")
  public Response adopt(@PathParam("id") long id, String body) {
    JsonBody d = JsonBody.parse(body);
    Integer parent = d.integer("parent");
    Adoption a =
        adoptions.start(
            id,
            d.text("adopter"),
            parent == null ? null : parent.longValue(),
            d.text("date"),
            d.text("source"));
    return Response.created(URI.create("adoptions/" + a.getId()))
        .entity(AdoptionJson.of(a, queries.practiceOf(a), queries.allowedFor(a)))
        .build();
  }

  @GET
  @Path("{id}/lineage")
  @Operation(summary = "Who adopted the practice from whom, with generation and stage; public")
  public PracticeJson.LineageJson lineage(@PathParam("id") long id) {
    PracticeView v = catalogue.view(id);
    return new PracticeJson.LineageJson(
        v.practice().getId(),
        v.practice().getTitle(),
        v.practice().getOwnerCode(),
        v.adopters().stream().map(PracticeJson.Adoption::of).toList());
  }
}
