package id.livinglab.api.practice;

import id.livinglab.api.common.JsonBody;
import id.livinglab.common.EnumInput;
import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionLetter;
import id.livinglab.practice.AdoptionQueries;
import id.livinglab.practice.AdoptionService;
import id.livinglab.practice.AdoptionStage;
import id.livinglab.practice.Practice;
import id.livinglab.practice.TransferMode;
import id.livinglab.web.i18n.Languages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/adoptions/{id}}: one adoption, and its stage moves. Who may make which move is the
 * workflow's; a refused move is a 409 naming the allowed ones ({@code allowed}).
 */
@Path("adoptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

  @EJB private AdoptionService adoptions;
  @EJB private AdoptionQueries queries;
  @EJB private InstansiRegister register;

  @GET
  @Path("{id}")
  @Operation(summary = "An adoption with its stages; an interest (MINAT) only to the parties")
  public AdoptionJson get(@PathParam("id") long id) {
    Adoption a = queries.get(id);
    return AdoptionJson.of(a, queries.practiceOf(a), queries.allowedFor(a));
  }

  @GET
  @Path("{id}/letter.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The letter of interest (surat minat), PDF in Bahasa Indonesia")
  public Response letter(
      @PathParam("id") long id, @QueryParam("lang") String lang, @Context UriInfo uri) {
    Adoption a = queries.forLetter(id, AdoptionLetter.INTEREST);
    return pdf("surat-minat-" + id + ".pdf", letters(a, lang, uri).interest());
  }

  @GET
  @Path("{id}/statement.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "The statement of replication (surat pernyataan), once the adoption is verified")
  public Response statement(
      @PathParam("id") long id, @QueryParam("lang") String lang, @Context UriInfo uri) {
    Adoption a = queries.forLetter(id, AdoptionLetter.STATEMENT);
    return pdf("surat-pernyataan-replikasi-" + id + ".pdf", letters(a, lang, uri).statement());
  }

  /** The letters in Bahasa Indonesia; {@code lang=en} gives an English courtesy copy. */
  private AdoptionLetters letters(Adoption a, String lang, UriInfo uri) {
    Practice p = queries.practiceOf(a);
    Instansi adopter = register.get(a.getAdopterCode());
    Instansi province =
        adopter.getProvince() == null || adopter.getProvince().getCode().equals(adopter.getCode())
            ? null
            : register.find(adopter.getProvince().getCode()).orElse(null);
    String address =
        uri.getBaseUri().resolve("../../adoption/adoption.xhtml?id=" + a.getId()).toString();
    return new AdoptionLetters(
        Languages.parse(lang), a, p, register.get(a.getOwnerCode()), adopter, province, address);
  }

  private static Response pdf(String name, byte[] content) {
    return Response.ok(content, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  @POST
  @Path("{id}/stage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move an adoption to a stage (the adopter's or owner's coordinator, a facilitator)",
      description =
          "{\"stage\":\"DIKONFIRMASI\",\"note\":\"…\"}. PERSIAPAN needs problem and resources,"
              + " RENCANA mode (PENDAMPINGAN, COACHING_CLINIC, MAGANG, WORKSHOP, STUDI_LAPANGAN,"
              + " DARING), DITERAPKAN evidence (a URL); a step back or DIHENTIKAN a note; adaptation (what"
              + " the adopter changed) at any move. A"
              + " facilitator recording history adds date and source and may skip stages and"
              + " facts, never into TERVERIFIKASI. 409 names the allowed moves.")
  public AdoptionJson move(@PathParam("id") long id, String body) {
    JsonBody d = JsonBody.parse(body);
    Adoption a =
        adoptions.move(
            id,
            new AdoptionService.MoveRequest(
                EnumInput.parse("stage", d.text("stage"), AdoptionStage.class),
                d.text("note"),
                d.text("date"),
                d.text("source"),
                d.text("problem"),
                d.text("resources"),
                EnumInput.parse("mode", d.text("mode"), TransferMode.class),
                d.text("evidence"),
                d.text("adaptation")));
    return AdoptionJson.of(a, queries.practiceOf(a), queries.allowedFor(a));
  }
}
