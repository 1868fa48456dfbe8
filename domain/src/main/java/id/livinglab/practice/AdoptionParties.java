package id.livinglab.practice;

import id.livinglab.security.Caller;
import id.livinglab.security.Role;
import java.util.Optional;

/**
 * Which side of an adoption a caller acts for: the coordinator of the adopting instansi, the
 * coordinator of the owner, or a facilitator: the national administrator, or the coordinator of a
 * province for an adoption between bodies of its province (a kabupaten/kota code starts with the
 * province's: 32.05 lies in 32). Anybody else acts for no side and may only read what is public.
 */
public final class AdoptionParties {

  private AdoptionParties() {}

  public static Optional<AdoptionParty> of(Caller caller, String ownerCode, String adopterCode) {
    if (caller.has(Role.ADMIN)) {
      return Optional.of(AdoptionParty.FACILITATOR);
    }
    if (!caller.has(Role.KOORDINATOR) || caller.instansiCode() == null) {
      return Optional.empty();
    }
    String own = caller.instansiCode();
    if (own.equals(adopterCode)) {
      return Optional.of(AdoptionParty.ADOPTER);
    }
    if (own.equals(ownerCode)) {
      return Optional.of(AdoptionParty.OWNER);
    }
    if (isProvince(own) && inProvince(adopterCode, own) && inProvince(ownerCode, own)) {
      return Optional.of(AdoptionParty.FACILITATOR);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code caller} may say "Saya ingin mengadopsi" for its own instansi: a coordinator of
   * an instansi other than the owner. (A facilitator starts adoptions for others through the API.)
   */
  public static boolean mayExpressInterest(Caller caller, String ownerCode) {
    return caller != null
        && caller.has(Role.KOORDINATOR)
        && caller.instansiCode() != null
        && !caller.instansiCode().equals(ownerCode);
  }

  /** A province's Kemendagri code has two digits and no dot (32 = Jawa Barat). */
  private static boolean isProvince(String code) {
    return code.matches("\\d{2}");
  }

  private static boolean inProvince(String code, String province) {
    return code != null && code.startsWith(province + ".");
  }
}
