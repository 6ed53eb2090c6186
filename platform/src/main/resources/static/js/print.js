// Buttons marked data-print open the browser's print dialog; the print style leaves the frame out.
document.addEventListener('click', event => {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
