package org.abhilekh.safeguarding.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;

/** Takes parts out of an Office Open XML package by the type of the relationship that points at them. */
final class RelatedParts {

    private RelatedParts() {
    }

    /**
     * Removes from {@code source} its relationships of the given types, and the parts they point at with those parts'
     * own relationships; each is noted as removed, named {@code <label> <last word of the type>}.
     */
    static void remove(OPCPackage pkg, PackagePart source, Set<String> types, String label, RemovalReport findings)
            throws InvalidFormatException {
        List<PackageRelationship> found = new ArrayList<>();
        for (PackageRelationship relationship : source.getRelationships()) {
            if (types.contains(relationship.getRelationshipType())) {
                found.add(relationship);
            }
        }
        for (PackageRelationship relationship : found) {
            String type = relationship.getRelationshipType();
            findings.removed(label + " " + type.substring(type.lastIndexOf('/') + 1));
            PackagePart target = relationship.getTargetMode() == TargetMode.INTERNAL
                    ? source.getRelatedPart(relationship)
                    : null;
            source.removeRelationship(relationship.getId());
            if (target != null && pkg.containPart(target.getPartName())) {
                // OPCPackage.deletePart fails when the part has no relationships part of its own.
                PackagePartName relationships = PackagingURIHelper.getRelationshipPartName(target.getPartName());
                pkg.removePart(target.getPartName());
                if (pkg.containPart(relationships)) {
                    pkg.removePart(relationships);
                }
            }
        }
    }
}
