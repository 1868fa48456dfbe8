package id.livinglab.web.instansi;

import id.livinglab.instansi.Instansi;
import id.livinglab.instansi.InstansiRegister;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** {@code /instansi/search.xhtml?q=}: instansi by name. */
@Named
@RequestScoped
public class SearchBacking {

  static final int MAX_RESULTS = 50;

  @EJB private InstansiRegister register;

  private String q;
  private List<Instansi> results = List.of();

  public void load() {
    if (q != null && !q.isBlank()) {
      results = register.search(q, MAX_RESULTS);
    }
  }

  public boolean isSearched() {
    return q != null && !q.isBlank();
  }

  public List<Instansi> getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
