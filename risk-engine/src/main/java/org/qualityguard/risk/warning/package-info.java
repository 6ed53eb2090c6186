/** Change detection on each watched cell's failure stream (Bernoulli CUSUM, EWMA) and warning levels blue to red. */
package org.qualityguard.risk.warning;
