package io.github.wenshu.export.docx;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.util.List;

/** Collects the placement (x, y of the lower left corner, width, height) of every image drawn on a page. */
final class ImageBoxes extends PDFStreamEngine {
    private final List<float[]> boxes;

    ImageBoxes(List<float[]> boxes) {
        this.boxes = boxes;
        addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
        addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ("Do".equals(operator.getName())) {
            if (getResources().getXObject((COSName) operands.get(0)) instanceof PDImageXObject) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                boxes.add(new float[] {m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(),
                    m.getScalingFactorY()});
            }
            return;
        }
        super.processOperator(operator, operands);
    }
}
