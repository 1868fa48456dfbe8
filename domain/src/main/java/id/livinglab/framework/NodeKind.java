package id.livinglab.framework;

/** The levels of a framework's tree. Indicators are the leaves that carry levels. */
public enum NodeKind {
  DOMAIN,
  ASPECT,
  INDICATOR
}
