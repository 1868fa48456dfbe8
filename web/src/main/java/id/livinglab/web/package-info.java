/**
 * The Faces face of the services: backing beans named {@code XxxBacking} after the page they serve,
 * thin, narrowly scoped, calling one service each.
 */
package id.livinglab.web;
