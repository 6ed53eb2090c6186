/**
 * Import/export lot risk engine: history, scorecard, targeting, GB/T 2828.1 switching and early warning, with no framework.
 *
 * <p>The public face is the types in this package, above all {@link org.qualityguard.risk.RiskEngine}; the sub-packages
 * are internal and may change. State is a deterministic fold over declarations and results in order, so that the
 * platform can rebuild it by replaying its stored results and any day's selection can be reproduced for an audit.
 */
package org.qualityguard.risk;
