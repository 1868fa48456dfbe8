package id.livinglab.web.common;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The personal part of the page header (name, role, the user's links, logout) as the layout
 * rendered it for this session's user, per language. Kept in the user's own session, and only for
 * the user it was rendered for: {@link PublicPageFilter} puts it into cached public pages, so a
 * logged-in user's page costs a copy instead of a render. It is the same on every page (it names
 * only the user and fixed addresses), and a session's user never changes without a new login.
 */
final class PersonalHeader implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String SESSION_KEY = "livinglab.personalHeader";

  private final String user;
  private final Map<String, byte[]> byLanguage = new ConcurrentHashMap<>();

  private PersonalHeader(String user) {
    this.user = user;
  }

  /** The header rendered for {@code user} in {@code language}, or null if none is known yet. */
  static byte[] find(HttpSession session, String user, Locale language) {
    return session.getAttribute(SESSION_KEY) instanceof PersonalHeader header
            && header.user.equals(user)
        ? header.byLanguage.get(language.getLanguage())
        : null;
  }

  /** Keeps the header just rendered for {@code user}; another user's headers are dropped. */
  static void keep(HttpSession session, String user, Locale language, byte[] rendered) {
    PersonalHeader header =
        session.getAttribute(SESSION_KEY) instanceof PersonalHeader kept && kept.user.equals(user)
            ? kept
            : new PersonalHeader(user);
    header.byLanguage.put(language.getLanguage(), rendered);
    session.setAttribute(SESSION_KEY, header);
  }
}
