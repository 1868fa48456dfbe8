/**
 * The Living Lab model: JPA entities and the rules that need no container. Packages are named by
 * business capability, with the same words in the ejb and web modules.
 */
package id.livinglab;
