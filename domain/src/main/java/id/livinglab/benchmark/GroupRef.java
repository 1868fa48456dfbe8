package id.livinglab.benchmark;

import id.livinglab.instansi.InstansiKind;
import java.util.Locale;

/**
 * A group an instansi is compared with or simulated in: the nation, a province, a kind of body, or
 * a named peer group. The one owner of how a group is written in an address ({@link #id()}: {@code
 * province:32}, {@code kind:kabupaten}, a peer group's code) and on a portrait ({@link
 * #referenceKey()}: {@code national}, {@code province}, {@code kind}, {@code group:<code>}).
 */
public record GroupRef(Type type, String code) {

  public enum Type {
    NATIONAL,
    PROVINCE,
    KIND,
    PEER_GROUP
  }

  private static final String PROVINCE_PREFIX = "province:";
  private static final String KIND_PREFIX = "kind:";

  public static GroupRef national() {
    return new GroupRef(Type.NATIONAL, null);
  }

  public static GroupRef province(String code) {
    return new GroupRef(Type.PROVINCE, code);
  }

  public static GroupRef kind(InstansiKind kind) {
    return new GroupRef(Type.KIND, kind.name().toLowerCase(Locale.ROOT));
  }

  public static GroupRef peerGroup(String code) {
    return new GroupRef(Type.PEER_GROUP, code);
  }

  /** Reads an address's group: {@code province:32}, {@code kind:kabupaten}, else a peer group. */
  public static GroupRef parse(String id) {
    if (id.startsWith(PROVINCE_PREFIX)) {
      return province(id.substring(PROVINCE_PREFIX.length()));
    }
    if (id.startsWith(KIND_PREFIX)) {
      return new GroupRef(Type.KIND, id.substring(KIND_PREFIX.length()));
    }
    return peerGroup(id);
  }

  /** The group as an address writes it. */
  public String id() {
    return switch (type) {
      case NATIONAL -> "national";
      case PROVINCE -> PROVINCE_PREFIX + code;
      case KIND -> KIND_PREFIX + code;
      case PEER_GROUP -> code;
    };
  }

  /** The group as a portrait's reference names it (the province and kind are the instansi's). */
  public String referenceKey() {
    return switch (type) {
      case NATIONAL -> "national";
      case PROVINCE -> "province";
      case KIND -> "kind";
      case PEER_GROUP -> "group:" + code;
    };
  }

  /**
   * The kind of a {@link Type#KIND} group; an unknown word is an {@link IllegalArgumentException}.
   */
  public InstansiKind instansiKind() {
    return InstansiKind.fromWord(code);
  }
}
