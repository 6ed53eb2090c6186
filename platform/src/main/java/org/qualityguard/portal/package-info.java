/**
 * The public site: news and notices, published results, the power list, standards, complaints, certificate check.
 */
package org.qualityguard.portal;
