/** GB/T 2828.1 (ISO 2859-1) switching rules per consignee × HS heading stream, as a transition table. */
package org.qualityguard.risk.switching;
