// Reads a product's barcode from a photo taken with the phone's camera, where the browser has the Shape Detection
// API's BarcodeDetector (Chromium on Android, among others). Elsewhere the button stays hidden and the number is
// typed: the form works without this script. The photo is read in the browser only and not sent.
(function () {
  'use strict';
  var box = document.getElementById('barcode-scan');
  var input = document.getElementById('barcode');
  var photo = document.getElementById('barcode-photo');
  var status = document.getElementById('barcode-scan-status');
  if (!box || !input || !photo || !('BarcodeDetector' in window) || !('createImageBitmap' in window)) {
    return;
  }
  var detector;
  try {
    detector = new window.BarcodeDetector({ formats: ['ean_13', 'ean_8'] });
  } catch (e) {
    return;
  }
  box.hidden = false;
  photo.addEventListener('change', function () {
    var file = photo.files && photo.files[0];
    if (!file) {
      return;
    }
    createImageBitmap(file).then(function (bitmap) {
      return detector.detect(bitmap);
    }).then(function (codes) {
      if (codes.length > 0) {
        input.value = codes[0].rawValue;
        status.textContent = status.getAttribute('data-found');
      } else {
        status.textContent = status.getAttribute('data-none');
      }
    }).catch(function () {
      status.textContent = status.getAttribute('data-none');
    }).finally(function () {
      photo.value = '';
    });
  });
}());
