package id.livinglab.api.security;

import java.util.List;

/** The caller as the directory describes them. */
public record MeJson(
    String username, String displayName, List<String> roles, String instansiCode) {}
