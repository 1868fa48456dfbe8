/**
 * The Faces face of the services: backing beans named {@code XxxBacking} after the page they serve,
 * thin and narrowly scoped; the rules they show (who may do what, which figures) are the services'
 * and the domain's, asked, never re-decided here.
 */
package id.livinglab.web;
