package org.qualityguard.enterprise.web;

import java.util.List;

import org.qualityguard.enterprise.domain.Enterprise;
import org.qualityguard.enterprise.domain.EnterpriseCategory;
import org.qualityguard.enterprise.domain.EnterpriseDraft;

/** The console's enterprise form, bound field by field; categories arrive as the ticked boxes. */
public class EnterpriseForm {

    private String creditCode;
    private String name;
    private List<String> categories = List.of();
    private String foodCategory;
    private String divisionCode;
    private String address;
    private String legalRepresentative;
    private int version;

    static EnterpriseForm of(Enterprise e) {
        EnterpriseForm f = new EnterpriseForm();
        f.creditCode = e.creditCode().value();
        f.name = e.name();
        f.categories = e.categories().stream().map(Enum::name).sorted().toList();
        f.foodCategory = e.foodCategory() == null ? null : e.foodCategory().name();
        f.divisionCode = e.division().value();
        f.address = e.address();
        f.legalRepresentative = e.legalRepresentative();
        f.version = e.version();
        return f;
    }

    EnterpriseDraft toDraft() {
        return new EnterpriseDraft(creditCode, name, categories == null ? null : String.join(";", categories),
                foodCategory, divisionCode, address, legalRepresentative);
    }

    public boolean hasCategory(EnterpriseCategory category) {
        return categories != null && categories.contains(category.name());
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getFoodCategory() {
        return foodCategory;
    }

    public void setFoodCategory(String foodCategory) {
        this.foodCategory = foodCategory;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
