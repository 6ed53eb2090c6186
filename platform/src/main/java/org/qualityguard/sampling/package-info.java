/**
 * Consumer-driven supervisory sampling: complaints from the public (no account), classified into the sampling
 * catalogue's product categories and clustered, categories rising above their baseline proposed for sampling, and
 * the standards table against which a sample's results are judged.
 */
package org.qualityguard.sampling;
