#include "AugmentationConfig.h"

#include "SpecFields.h"

namespace kobai::config {

// "augment" moves and mirrors images, so only Fashion-MNIST takes it (a shift of half the
// 28-pixel side or more would leave nothing of the garment); "input_noise" fits any data.
void readAugmentation(ObjectReader &root, TrainingSpec &spec)
{
    if (root.has("augment")) {
        if (!std::holds_alternative<FashionMnistOptions>(spec.dataset))
            root.fail("augment", QStringLiteral("no augment: shifts and flips are for images (dataset fashion-mnist), "
                                                "not the \"%1\" dataset")
                                     .arg(datasetNames()[static_cast<qsizetype>(spec.dataset.index())]));
        ObjectReader augment = root.object("augment");
        augment.read("shift", spec.augmentation.shift, Range::integerBetween(0, 13));
        augment.read("flip", spec.augmentation.flip, Range::any());
        augment.finish();
    }
    root.read("input_noise", spec.augmentation.input_noise, Range::atLeast(0));
}

void writeAugmentation(QJsonObject &out, const TrainingSpec &spec)
{
    if (std::holds_alternative<FashionMnistOptions>(spec.dataset))
        out.insert("augment", QJsonObject{{"shift", spec.augmentation.shift}, {"flip", spec.augmentation.flip}});
    out.insert("input_noise", spec.augmentation.input_noise);
}

} // namespace kobai::config
