package org.qualityguard.sampling;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complaint form as the public fills it, valid by default: {@code aComplaint().withBarcode("…").fields()}. */
final class ComplaintBuilder {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private ComplaintBuilder() {
        fields.put("productName", "纯牛奶");
        fields.put("brand", "测试牧场");
        fields.put("barcode", "6901028075800");
        fields.put("shop", "测试超市");
        fields.put("division", "320102");
        fields.put("problem", "喝起来有酸味，像是变质了");
        fields.put("contact", "");
        fields.put("website", "");
    }

    static ComplaintBuilder aComplaint() {
        return new ComplaintBuilder();
    }

    ComplaintBuilder with(String field, String value) {
        fields.put(field, value);
        return this;
    }

    Map<String, String> fields() {
        return fields;
    }
}
