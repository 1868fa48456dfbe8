/*
 * Bahasa Indonesia for PrimeFaces' own widgets (date pickers, empty tables, file sizes).
 * PrimeFaces asks for locales/locale-<language>.js; since JDK 17 Indonesian is "id" (it was
 * "in"), and PrimeFaces ships only locale-in.js, so every Indonesian page asked for a script that
 * does not exist (RES_NOT_FOUND). Keys left out fall back to PrimeFaces' English defaults.
 */
if (window.PrimeFaces) {
  PrimeFaces.locales["id"] = {
    accept: "Ya",
    reject: "Tidak",
    apply: "Terapkan",
    cancel: "Batal",
    choose: "Pilih",
    chooseDate: "Pilih tanggal",
    chooseMonth: "Pilih bulan",
    chooseYear: "Pilih tahun",
    clear: "Hapus",
    closeText: "Tutup",
    currentText: "Hari ini",
    dateFormat: "dd/mm/yy",
    dayNames: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    dayNamesShort: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    dayNamesMin: ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
    emptyFilterMessage: "Tidak ada hasil",
    emptyMessage: "Tidak ada pilihan",
    emptySearchMessage: "Tidak ada hasil",
    filter: "Saring",
    firstDayOfWeek: 1,
    monthNames: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
      "September", "Oktober", "November", "Desember"],
    monthNamesShort: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
      "Nov", "Des"],
    nextText: "Berikutnya",
    prevText: "Sebelumnya",
    today: "Hari ini",
    weak: "Lemah",
    medium: "Sedang",
    strong: "Kuat",
    passwordPrompt: "Masukkan kata sandi",
    weekHeader: "Mg",
    isRTL: false,
    yearSuffix: ""
  };
}
