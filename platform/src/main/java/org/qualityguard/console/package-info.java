/**
 * The staff console's frame: sign-in page, home, and the navigation that names every part of the product.
 */
package org.qualityguard.console;
