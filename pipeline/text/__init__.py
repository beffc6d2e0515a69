"""Text layer under the stages: normalisation, segmentation, sentences, numerals."""
