package id.livinglab.web.practice;

import id.livinglab.instansi.InstansiRegister;
import id.livinglab.practice.Adoption;
import id.livinglab.practice.AdoptionQueries;
import id.livinglab.practice.Practice;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /adoption/inbox.xhtml}: what waits for the coordinator's move (an interest in its practice
 * to confirm, a stage of its own adoption to take, something to verify), each linking to the
 * adoption's page.
 */
@Named
@RequestScoped
public class InboxBacking {

  @EJB private AdoptionQueries adoptions;
  @EJB private InstansiRegister register;

  /** One waiting adoption with the names a reader needs. */
  public record Item(Adoption adoption, Practice practice, String adopterName, String ownerName) {}

  private List<Item> items;

  public List<Item> getItems() {
    if (items == null) {
      items =
          adoptions.inbox().stream()
              .map(
                  a ->
                      new Item(
                          a,
                          adoptions.practiceOf(a),
                          register.get(a.getAdopterCode()).getName(),
                          register.get(a.getOwnerCode()).getName()))
              .toList();
    }
    return items;
  }
}
