<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Lucide (ikon)</source>
        <extracomment>Third-party software the program ships with, and the terms it comes under.</extracomment>
        <translation>Lucide (icons)</translation>
    </message>
    <message>
        <source>Lucide Contributors; sebagian Feather (MIT), Cole Bemis</source>
        <translation>Lucide Contributors; partly Feather (MIT), Cole Bemis</translation>
    </message>
    <message>
        <source>Michael Bayer dan kontributor</source>
        <translation>Michael Bayer and contributors</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>About {app}</translation>
    </message>
    <message>
        <source>{app} versi {version}</source>
        <translation>{app} version {version}</translation>
    </message>
    <message>
        <source>Meja piket siaga bencana Dinas Sosial: kejadian, KK terdampak, dana insidentil, honor Tagana, kuitansi dan LPJ.</source>
        <translation>The disaster emergency desk of a social services office (Dinas Sosial): incidents, affected households, the emergency fund, Tagana stipends, receipts and the LPJ.</translation>
    </message>
    <message>
        <source>Salin ke papan klip</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Salin versi, letak database dan lisensi, mis. untuk laporan ke dukungan</source>
        <translation>Copy the version, database location and licences, e.g. for a support request</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Python / Qt</source>
        <translation>Python / Qt</translation>
    </message>
    <message>
        <source>Perangkat lunak pihak ketiga:</source>
        <translation>Third-party software:</translation>
    </message>
    <message>
        <source>{app} diterbitkan dengan lisensi {licence}. Program ini memakai perangkat lunak pihak ketiga berikut, masing-masing dengan lisensinya sendiri. Qt dan PySide6 dipakai di bawah LGPL versi 3: Anda boleh mengganti pustaka Qt yang terpasang dengan versi lain yang kompatibel.</source>
        <translation>{app} is published under the {licence} licence. It uses the following third-party software, each under its own licence. Qt and PySide6 are used under the LGPL version 3: you may replace the installed Qt libraries with another compatible version.</translation>
    </message>
    <message>
        <source>Lisensi dan pihak ketiga</source>
        <translation>Licences and third parties</translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin pertama</source>
        <translation>First admin</translation>
    </message>
    <message>
        <source>Admin mengatur profil kantor, pengguna dan pengaturan. Ia tidak membayar dan tidak menambah dana: itu tugas bendahara.</source>
        <translation>The admin manages the office profile, users and settings. The admin does not pay or add money to funds: that is the treasurer&apos;s job.</translation>
    </message>
    <message>
        <source>mis. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>mis. Rina Kusumawati</source>
        <translation>e.g. Rina Kusumawati</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Nama pengguna: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf. Kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>User name: lowercase letters, digits, dots, underscores or hyphens, starting with a letter. Password: at least 8 characters, with letters and digits.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>AidTypeModel</name>
    <message>
        <source>belum ada tarif</source>
        <translation>no rate yet</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tunai/barang</source>
        <translation>Cash/in kind</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Syarat</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Tarif berlaku</source>
        <translation>Rate in force</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>{name} (tidak aktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source> ({days} hari)</source>
        <translation> ({days} days)</translation>
    </message>
    <message>
        <source>dana bencana</source>
        <translation>disaster fund</translation>
    </message>
</context>
<context>
    <name>AidTypesTab</name>
    <message>
        <source>Perubahan tarif tidak mengubah pembayaran yang sudah dilakukan.</source>
        <translation>Changing a rate does not change payments already made.</translation>
    </message>
    <message>
        <source>Riwayat tarif</source>
        <translation>Rate history</translation>
    </message>
    <message>
        <source>Tarif baru…</source>
        <translation>New rate…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</source>
        <translation>Only {roles} can change rates; you are signed in as {role}.</translation>
    </message>
    <message>
        <source>Pilih satu jenis bantuan.</source>
        <translation>Select one aid type.</translation>
    </message>
    <message>
        <source>Riwayat tarif {code}</source>
        <translation>Rate history of {code}</translation>
    </message>
    <message>
        <source>{n} tarif tercatat. Tarif dengan tanggal mulai di masa depan terjadwal dan baru dipakai sejak tanggalnya.</source>
        <translation>{n} rates recorded. A rate with a future start date is scheduled and only used from that date.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Tambah alokasi dana</source>
        <translation>Add fund allocation</translation>
    </message>
    <message>
        <source>Catat uang yang masuk ke dana, mis. pencairan BTT berdasarkan SK Bupati. Alokasi yang sudah tersimpan tidak dapat diubah atau dihapus.</source>
        <translation>Record money coming into a fund, e.g. a BTT disbursement under a regent&apos;s decree (SK Bupati). A saved allocation cannot be changed or deleted.</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000</source>
        <translation>e.g. 1.500.000.000</translation>
    </message>
    <message>
        <source>mis. SK Bupati 188/123/2026</source>
        <translation>e.g. SK Bupati 188/123/2026</translation>
    </message>
    <message>
        <source>mis. APBD Kabupaten, CSR Bank BPD</source>
        <translation>e.g. APBD Kabupaten, CSR Bank BPD</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Dasar alokasi</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Jumlah wajib diisi.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>Hanya {roles} yang dapat menyetujui atau menolak; Anda masuk sebagai {role} dan melihat daftar ini saja.</source>
        <extracomment>The number of commitments waiting changed (for the tab title). Receipt numbers to preview and print.</extracomment>
        <translation>Only {roles} can approve or reject; you are signed in as {role} and can only view this list.</translation>
    </message>
    <message>
        <source>Menyetujui berarti membayar hari ini: kuitansi terbit dan saldo dana berkurang. Menolak membebaskan dana yang dicadangkan.</source>
        <translation>Approving means paying today: the receipt is issued and the fund balance goes down. Rejecting releases the reserved money.</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Setujui…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>{n} menunggu persetujuan · {amount} dicadangkan</source>
        <translation>{n} awaiting approval · {amount} reserved</translation>
    </message>
    <message>
        <source>Tidak ada pembayaran yang menunggu persetujuan.</source>
        <translation>No payments are awaiting approval.</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>{aid} · {amount} · {name} ({nik})</source>
        <translation>{aid} · {amount} · {name} ({nik})</translation>
    </message>
    <message>
        <source>Kejadian: {incident}
Perhitungan: {computation}
Diajukan oleh {user} untuk tanggal {date}; dibayar dari dana {fund}.</source>
        <translation>Incident: {incident}
Calculation: {computation}
Submitted by {user} for {date}; paid from fund {fund}.</translation>
    </message>
    <message>
        <source>Setujui pembayaran</source>
        <translation>Approve payment</translation>
    </message>
    <message>
        <source>Setujui {aid} sebesar {amount} untuk {name} ({incident})? Pembayaran dicatat hari ini dan kuitansinya terbit.</source>
        <translation>Approve {aid} of {amount} for {name} ({incident})? The payment is recorded today and its receipt is issued.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Setujui dan bayar</source>
        <translation>Approve and pay</translation>
    </message>
    <message>
        <source>Tolak pembayaran</source>
        <translation>Reject payment</translation>
    </message>
    <message>
        <source>Tolak {aid} sebesar {amount} untuk {name}? Dana yang dicadangkan kembali tersedia; KK ini dapat diajukan lagi nanti.</source>
        <translation>Reject {aid} of {amount} for {name}? The reserved money becomes available again; this household can be submitted again later.</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>mis. RAB belum diverifikasi</source>
        <translation>e.g. cost estimate (RAB) not yet verified</translation>
    </message>
    <message>
        <source>Disetujui dan dibayar: {amount} untuk {name}, kuitansi {number}. &lt;a href=&quot;print&quot;&gt;Cetak kuitansi…&lt;/a&gt;</source>
        <translation>Approved and paid: {amount} for {name}, receipt {number}. &lt;a href=&quot;print&quot;&gt;Print receipt…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Ditolak: {aid} untuk {name}; dananya kembali tersedia.</source>
        <translation>Rejected: {aid} for {name}; the money is available again.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Log audit hanya dapat dilihat oleh peran {roles}.</source>
        <translation>The audit log can only be viewed by the roles {roles}.</translation>
    </message>
    <message>
        <source>Anda masuk sebagai {role}. Minta admin bila Anda memerlukan akses.</source>
        <translation>You are signed in as {role}. Ask an admin if you need access.</translation>
    </message>
    <message>
        <source>Setiap perubahan data tercatat di sini: siapa, kapan, apa. Catatan berantai sehingga perubahan diam-diam dapat ketahuan. Hanya-baca.</source>
        <translation>Every change to the data is recorded here: who, when, what. The entries are chained, so a silent change would be detected. Read-only.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cari ID, alasan atau isi… (Ctrl+F)</source>
        <translation>Search ID, reason or content… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Simpan semua peristiwa yang cocok dengan saringan sebagai CSV (Excel)</source>
        <translation>Save every event matching the filter as CSV (Excel)</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Semua entitas</source>
        <translation>All entities</translation>
    </message>
    <message>
        <source>Tidak ada peristiwa yang cocok.</source>
        <translation>No matching events.</translation>
    </message>
    <message>
        <source>{shown} dari {total} peristiwa, terbaru di atas</source>
        <translation>{shown} of {total} events, newest first</translation>
    </message>
    <message>
        <source>{total} peristiwa, terbaru di atas</source>
        <translation>{total} events, newest first</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Export audit log</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Menulis {n} peristiwa ke {name}…</source>
        <translation>Writing {n} events to {name}…</translation>
    </message>
    <message>
        <source>{n} peristiwa diekspor ke {path}</source>
        <translation>{n} events exported to {path}</translation>
    </message>
    <message>
        <source>CSV tidak dapat disimpan: {reason}</source>
        <translation>The CSV could not be saved: {reason}</translation>
    </message>
    <message>
        <source>#{seq} · {time} · {user} · {action} · {entity} ID {id}</source>
        <translation>#{seq} · {time} · {user} · {action} · {entity} ID {id}</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tutup pemberitahuan</source>
        <extracomment>Active volunteers offered in the deployment dialog (as on Tagana → Penugasan).</extracomment>
        <translation>Dismiss notice</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Bayar per kelompok</source>
        <translation>Pay a group</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dibayar sekarang</source>
        <translation>Paid now</translation>
    </message>
    <message>
        <source>Menunggu persetujuan Kepala</source>
        <translation>Awaiting the Head&apos;s approval</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Bayar semua…</source>
        <translation>Pay all…</translation>
    </message>
    <message>
        <source>Cetak kuitansi baru…</source>
        <translation>Print new receipts…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Hanya Bendahara yang dapat membayar.</source>
        <translation>Only the Treasurer (Bendahara) can pay.</translation>
    </message>
    <message>
        <source>{n} KK · {amount}</source>
        <translation>{n} households · {amount}</translation>
    </message>
    <message>
        <source>{n} KK</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Available {fund}</translation>
    </message>
    <message>
        <source>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available}. Tambah alokasi dulu; kelompok ini dibayar semua atau tidak sama sekali.</source>
        <translation>Fund {fund} is short: {needed} needed, {available} available. Add an allocation first; this group is paid in full or not at all.</translation>
    </message>
    <message>
        <source>Tidak ada KK yang perlu dibayar untuk bantuan ini; lihat keterangannya.</source>
        <translation>No household needs to be paid for this aid; see the notes.</translation>
    </message>
    <message>
        <source>Dibutuhkan {needed} dari dana {fund} (termasuk yang menunggu persetujuan). Semua dibayar sekaligus, atau tidak sama sekali.</source>
        <translation>{needed} needed from fund {fund} (including payments awaiting approval). Everything is paid at once, or nothing at all.</translation>
    </message>
    <message>
        <source>Bayar {aid} untuk {n} KK sekarang ({amount})?</source>
        <translation>Pay {aid} to {n} households now ({amount})?</translation>
    </message>
    <message>
        <source>Semua dibayar sekaligus, atau tidak sama sekali.</source>
        <translation>Everything is paid at once, or nothing at all.</translation>
    </message>
    <message>
        <source>{n} KK ({amount}) diajukan ke Kepala dan dananya dicadangkan.</source>
        <translation>{n} households ({amount}) submitted to the Head; the money is reserved.</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membayar…</source>
        <translation>Paying…</translation>
    </message>
    <message>
        <source>{n} KK dibayar</source>
        <translation>{n} households paid</translation>
    </message>
    <message>
        <source> (kuitansi {first})</source>
        <translation> (receipt {first})</translation>
    </message>
    <message>
        <source> (kuitansi {first} s.d. {last})</source>
        <translation> (receipts {first} to {last})</translation>
    </message>
    <message>
        <source>{n} KK menunggu persetujuan Kepala</source>
        <translation>{n} households awaiting the Head&apos;s approval</translation>
    </message>
    <message>
        <source>{n} KK dilewati</source>
        <translation>{n} households skipped</translation>
    </message>
    <message>
        <source>Selesai: {parts}. Total {total}.</source>
        <translation>Done: {parts}. Total {total}.</translation>
    </message>
</context>
<context>
    <name>BatchPreviewModel</name>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Rp{n} rb</source>
        <extracomment>Series colours: cash in the accent blue, in-kind lighter, stipends ochre.</extracomment>
        <translation>Rp{n}k</translation>
    </message>
    <message>
        <source>Rp{n} jt</source>
        <translation>Rp{n}M</translation>
    </message>
    <message>
        <source>Rp juta</source>
        <translation>Rp million</translation>
    </message>
    <message>
        <source>Tunai</source>
        <extracomment>``cash``, ``in_kind``, ``stipends`` → the bar set (values in whole rupiah).</extracomment>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Volunteer stipends</translation>
    </message>
    <message>
        <source>{month} · {what}: {amount}
Jumlah bulan ini: {total}</source>
        <translation>{month} · {what}: {amount}
Total this month: {total}</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Beranda</source>
        <extracomment>The page has shown its data (the smoke run waits for this). Loading failed (the message shown). A card asks for a page: ``kejadian``, ``penerima``, ``penyaluran``, ``dana``, ``laporan``. The office&apos;s today; tests fix it.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Kejadian terbuka</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>Buka halaman Kejadian (Enter)</source>
        <translation>Open the Incidents page (Enter)</translation>
    </message>
    <message>
        <source>KK terdampak bulan ini</source>
        <translation>Households affected this month</translation>
    </message>
    <message>
        <source>Buka halaman Penerima (Enter)</source>
        <translation>Open the Recipients page (Enter)</translation>
    </message>
    <message>
        <source>Dibayar bulan ini</source>
        <translation>Paid this month</translation>
    </message>
    <message>
        <source>Buka halaman Penyaluran (Enter)</source>
        <translation>Open the Aid payments page (Enter)</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Pembayaran di atas batas persetujuan yang menunggu Kepala; uangnya sudah dicadangkan. Buka halaman Penyaluran (Enter)</source>
        <translation>Payments above the approval limit waiting for the Head; the money is already reserved. Open the Aid payments page (Enter)</translation>
    </message>
    <message>
        <source>Bulan belum ditutup</source>
        <translation>Months not closed</translation>
    </message>
    <message>
        <source>Bulan yang sudah berakhir tetapi belum ditutup setelah LPJ. Buka halaman Laporan (Enter)</source>
        <translation>Months that have ended but were not closed after the LPJ. Open the Reports page (Enter)</translation>
    </message>
    <message>
        <source>Saldo tersedia per dana</source>
        <translation>Available balance per fund</translation>
    </message>
    <message>
        <source>Belum ada dana.</source>
        <translation>No funds yet.</translation>
    </message>
    <message>
        <source>Belum ada penyaluran atau honor dalam 12 bulan terakhir.</source>
        <translation>No aid or stipends paid in the last 12 months.</translation>
    </message>
    <message>
        <source>Penyaluran per bulan</source>
        <translation>Payments per month</translation>
    </message>
    <message>
        <source>Belum ada bantuan dibayarkan dalam 12 bulan terakhir.</source>
        <translation>No aid paid in the last 12 months.</translation>
    </message>
    <message>
        <source>Menurut jenis bantuan (12 bulan)</source>
        <translation>By aid type (12 months)</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi (Pengaturan → Kantor).</source>
        <translation>The office profile is not filled in yet (Settings → Office).</translation>
    </message>
    <message>
        <source>{office} · keadaan {date}</source>
        <translation>{office} · as of {date}</translation>
    </message>
    <message>
        <source>sedang ditangani</source>
        <translation>being handled</translation>
    </message>
    <message>
        <source>didaftar {month}</source>
        <translation>registered in {month}</translation>
    </message>
    <message>
        <source>kuitansi sah {month}</source>
        <translation>valid receipts in {month}</translation>
    </message>
    <message>
        <source>senilai {amount}</source>
        <translation>worth {amount}</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>semua sudah ditutup</source>
        <translation>all closed</translation>
    </message>
    <message>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <source>{code} · tersedia</source>
        <translation>{code} · available</translation>
    </message>
    <message>
        <source>{name}
Saldo {balance} − komitmen {committed}. Buka halaman Dana (Enter)</source>
        <translation>{name}
Balance {balance} − commitments {committed}. Open the Funds page (Enter)</translation>
    </message>
    <message>
        <source>komitmen {amount}</source>
        <translation>commitments {amount}</translation>
    </message>
    <message>
        <source> · dana bencana</source>
        <translation> · disaster fund</translation>
    </message>
</context>
<context>
    <name>DatabaseTools</name>
    <message>
        <source>File cadangan tidak ditemukan: {path}</source>
        <translation>Backup file not found: {path}</translation>
    </message>
    <message>
        <source>File cadangan sama dengan database yang dipakai.</source>
        <translation>The backup file is the database in use.</translation>
    </message>
    <message>
        <source>{path} kosong; bukan cadangan Tagana Desk.</source>
        <translation>{path} is empty; it is not a Tagana Desk backup.</translation>
    </message>
    <message>
        <source>&amp;Cadangkan database…</source>
        <translation>&amp;Back up database…</translation>
    </message>
    <message>
        <source>P&amp;ulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>Salin database ke sebuah file cadangan</source>
        <translation>Copy the database to a backup file</translation>
    </message>
    <message>
        <source>Ganti database dengan isi sebuah file cadangan</source>
        <translation>Replace the database with the contents of a backup file</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mencadangkan dan memulihkan database.</source>
        <translation>Only {roles} can back up and restore the database.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Database ini berada di server PostgreSQL: {name}.</source>
        <translation>This database is on a PostgreSQL server: {name}.</translation>
    </message>
    <message>
        <source>Cadangan dan pemulihan database server dilakukan pengelola server dengan {tool} (pg_dump untuk mencadangkan, pg_restore untuk memulihkan), bukan dari program ini.</source>
        <translation>A server database is backed up and restored by the server&apos;s administrator with {tool} (pg_dump to back up, pg_restore to restore), not from this program.</translation>
    </message>
    <message>
        <source>Cadangkan database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Database SQLite (*.db)</source>
        <translation>SQLite database (*.db)</translation>
    </message>
    <message>
        <source>File cadangan tidak boleh sama dengan database yang dipakai.</source>
        <translation>The backup file must not be the database in use.</translation>
    </message>
    <message>
        <source>Cadangan ditulis: {path}</source>
        <translation>Backup written: {path}</translation>
    </message>
    <message>
        <source>Cadangan database ditulis.</source>
        <translation>Database backup written.</translation>
    </message>
    <message>
        <source>{path}

Simpan salinannya juga di luar komputer ini (flashdisk, server).</source>
        <translation>{path}

Keep a copy away from this computer as well (USB drive, server).</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Pilih file cadangan</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Database SQLite (*.db *.sqlite);;Semua file (*)</source>
        <translation>SQLite database (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipulihkan</source>
        <translation>The backup cannot be restored</translation>
    </message>
    <message>
        <source>Database yang sedang dipakai tidak diubah.</source>
        <translation>The database in use was not changed.</translation>
    </message>
    <message>
        <source>Memulihkan database dari {name}…</source>
        <translation>Restoring the database from {name}…</translation>
    </message>
    <message>
        <source>Database dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>Database dipulihkan dari {source}. {app} akan ditutup sekarang; buka kembali untuk bekerja dengan data hasil pemulihan.</source>
        <translation>Database restored from {source}. {app} will close now; open it again to work with the restored data.</translation>
    </message>
    <message>
        <source>Database sebelumnya disimpan di {kept}.</source>
        <translation>The previous database was kept at {kept}.</translation>
    </message>
    <message>
        <source>Tutup program</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>wajib diisi</source>
        <extracomment>A red confirm button for what cannot be undone (a void).</extracomment>
        <translation>required</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>Enter a reason.</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Membuat data demo: {step}…</source>
        <extracomment>KK in the demo the wizard builds (as ``tagana-desk demo``: seconds, not minutes). The wizard&apos;s size: its pages fit without scrolling, and it fits a 1366×768 screen.</extracomment>
        <translation>Making the demo data: {step}…</translation>
    </message>
</context>
<context>
    <name>DeploymentDialog</name>
    <message>
        <source>Tugaskan relawan</source>
        <translation>Deploy volunteer</translation>
    </message>
    <message>
        <source>Catat relawan yang diterjunkan ke sebuah kejadian. Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan.</source>
        <translation>Record a volunteer sent to an incident. The daily deployment allowance is paid with the monthly stipend when its rate is set in Settings → Volunteers.</translation>
    </message>
    <message>
        <source>ketik nama atau NIA</source>
        <translation>type a name or NIA</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>mis. dapur umum, evakuasi, asesmen</source>
        <translation>e.g. public kitchen, evacuation, assessment</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Belum ada kejadian; catat kejadiannya dulu.</source>
        <translation>No incidents yet; record the incident first.</translation>
    </message>
    <message>
        <source>Pilih relawan dari daftar.</source>
        <translation>Choose a volunteer from the list.</translation>
    </message>
</context>
<context>
    <name>DeploymentTab</name>
    <message>
        <source>Kejadian:</source>
        <extracomment>Incidents offered in the picker (newest first). Active volunteers offered in the dialog.</extracomment>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>Tugaskan relawan…</source>
        <translation>Deploy volunteer…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menugaskan relawan.</source>
        <translation>Only {roles} can deploy volunteers.</translation>
    </message>
    <message>
        <source>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</source>
        <translation>The daily deployment allowance is paid with the monthly stipend when its rate is set in Settings → Volunteers; deployments already paid are marked in the last column.</translation>
    </message>
    <message>
        <source>— belum ada kejadian —</source>
        <translation>— no incidents yet —</translation>
    </message>
    <message>
        <source>Belum ada kejadian yang dicatat.</source>
        <translation>No incidents recorded yet.</translation>
    </message>
    <message>
        <source>Belum ada relawan yang ditugaskan ke kejadian ini.</source>
        <translation>No volunteers deployed to this incident yet.</translation>
    </message>
    <message>
        <source>{n} relawan ditugaskan, {days} hari-orang.</source>
        <translation>{n} volunteers deployed, {days} person-days.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisbursementModel</name>
    <message>
        <source>No. kuitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>DtksImportDialog</name>
    <message>
        <source>Impor DTKS/DTSEN</source>
        <translation>Import DTKS/DTSEN</translation>
    </message>
    <message>
        <source>Ekstrak DTKS/DTSEN dari Pusdatin (.xlsx atau .csv) dengan kolom NIK; No. KK dan desil dibaca bila ada. KK terdampak ditandai masuk DTKS bila NIK kepala keluarga atau No. KK-nya tercantum di salah satu ekstrak yang diimpor. Ekstrak per desa saling melengkapi.</source>
        <translation>A DTKS/DTSEN extract from Pusdatin (.xlsx or .csv) with a NIK column; No. KK (family card number) and decile are read when present. An affected household is marked as in DTKS when the NIK of its head or its No. KK appears in any imported extract. Extracts per village add up.</translation>
    </message>
    <message>
        <source>Tanggal ekstrak</source>
        <translation>Extract date</translation>
    </message>
    <message>
        <source>Ekstrak lengkap: ganti semua data DTKS yang diimpor sebelumnya</source>
        <translation>Complete extract: replace all DTKS data imported before</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pilih berkas; impor langsung dimulai</source>
        <translation>Choose a file; the import starts at once</translation>
    </message>
    <message>
        <source>Pilih berkas dan impor…</source>
        <translation>Choose file and import…</translation>
    </message>
    <message>
        <source>Baris data</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <source>NIK tersimpan</source>
        <translation>NIKs stored</translation>
    </message>
    <message>
        <source>NIK berulang</source>
        <translation>Repeated NIKs</translation>
    </message>
    <message>
        <source>Baris ditolak</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <source>KK masuk DTKS</source>
        <translation>Households in DTKS</translation>
    </message>
    <message>
        <source>KK di luar DTKS</source>
        <translation>Households not in DTKS</translation>
    </message>
    <message>
        <source>Masalah per baris</source>
        <translation>Problems by row</translation>
    </message>
    <message>
        <source>Pilih ekstrak DTKS/DTSEN</source>
        <translation>Choose a DTKS/DTSEN extract</translation>
    </message>
    <message>
        <source>Ekstrak DTKS/DTSEN (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>DTKS/DTSEN extract (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Impor selesai: {stored} NIK dari {name} disimpan; status DTKS semua KK terdampak diperbarui.</source>
        <translation>Import finished: {stored} NIKs from {name} stored; the DTKS status of every affected household was updated.</translation>
    </message>
    <message>
        <source>Masalah per baris ({n})</source>
        <translation>Problems by row ({n})</translation>
    </message>
    <message>
        <source>Masalah per baris: tidak ada</source>
        <translation>Problems by row: none</translation>
    </message>
    <message>
        <source>Baris {row}, kolom {column}: {message}</source>
        <translation>Row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>Simpan laporan impor DTKS/DTSEN</source>
        <translation>Save the DTKS/DTSEN import report</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Semua keputusan</source>
        <translation>All decisions</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Bukan duplikat…</source>
        <translation>Not a duplicate…</translation>
    </message>
    <message>
        <source>Dua keluarga yang berbeda: tanda dihapus</source>
        <translation>Two different families: the flag is removed</translation>
    </message>
    <message>
        <source>Gabungkan…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Orang yang sama: KK yang ditandai digabungkan ke KK yang mirip</source>
        <translation>The same person: the flagged household is merged into the similar one</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat memutuskan; Anda {role}.</source>
        <translation>Only {roles} can decide; you are {role}.</translation>
    </message>
    <message>
        <source>Pilih satu tanda untuk melihat kedua KK.</source>
        <translation>Select a flag to see both households.</translation>
    </message>
    <message>
        <source>KK yang ditandai</source>
        <translation>Flagged household</translation>
    </message>
    <message>
        <source>Mirip dengan</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <source>Tidak ada kemungkinan duplikat yang menunggu keputusan.</source>
        <translation>No possible duplicates are waiting for a decision.</translation>
    </message>
    <message>
        <source>{n} tanda menunggu keputusan</source>
        <translation>{n} flags waiting for a decision</translation>
    </message>
    <message>
        <source>Tidak ada tanda.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <source>{n} tanda</source>
        <translation>{n} flags</translation>
    </message>
    <message>
        <source>{n} tanda pertama (gulir untuk selebihnya)</source>
        <translation>First {n} flags (scroll for more)</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>Bukan duplikat: dua keluarga berbeda, keduanya tetap terdaftar. Gabungkan: orang yang sama; KK yang ditandai dinonaktifkan dan tidak dihitung lagi.</source>
        <translation>Not a duplicate: two different families, both stay registered. Merge: the same person; the flagged household is deactivated and no longer counted.</translation>
    </message>
    <message>
        <source>Diputuskan oleh {user}: {decision}.</source>
        <translation>Decided by {user}: {decision}.</translation>
    </message>
    <message>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Bukan duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>{a} (kejadian #{ia}) dan {b} (kejadian #{ib}) adalah dua keluarga yang berbeda? Keduanya tetap terdaftar dan tanda ini ditutup.</source>
        <translation>Are {a} (incident #{ia}) and {b} (incident #{ib}) two different families? Both stay registered and this flag is closed.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>boleh dikosongkan, mis. sudah dicek ke kalurahan</source>
        <translation>optional, e.g. checked with the village office</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>{a} (kejadian #{ia}) akan digabungkan ke {b} (kejadian #{ib}): data {a} dinonaktifkan dan tidak dihitung lagi. Tidak dapat dibatalkan di sini.</source>
        <translation>{a} (incident #{ia}) will be merged into {b} (incident #{ib}): the record of {a} is deactivated and no longer counted. This cannot be undone here.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>wajib, mis. NIK salah ketik, orang yang sama</source>
        <translation>required, e.g. NIK mistyped, same person</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database sedang dipakai komputer lain; coba lagi sebentar lagi.</source>
        <translation>The database is in use by another computer; try again in a moment.</translation>
    </message>
    <message>
        <source>Database tidak dapat dipakai: {reason}</source>
        <translation>The database cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga ({kind}: {text}).</source>
        <translation>An unexpected error occurred ({kind}: {text}).</translation>
    </message>
    <message>
        <source>(log tidak dapat ditulis)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi periksa apakah pekerjaan terakhir Anda tersimpan.</source>
        <translation>An unexpected error occurred. The application keeps running, but check whether your last work was saved.</translation>
    </message>
    <message>
        <source>Rincian dicatat di {path}. Sampaikan kepada admin.</source>
        <translation>The details were written to {path}. Pass them on to the admin.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Persiapan pertama — {app}</source>
        <extracomment>The setup was written; the new admin is signed in. The demo database is ready for the login.</extracomment>
        <translation>First-time setup — {app}</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Buka demo</source>
        <translation>Open demo</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Data demo</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Menyiapkan data demo Kabupaten Bantul…</source>
        <translation>Preparing the Kabupaten Bantul demo data…</translation>
    </message>
    <message>
        <source>Data demo Dinas Sosial Kabupaten Bantul. Masuk sebagai admin, operator, bendahara, kepala atau auditor; kata sandi semuanya: demo</source>
        <translation>Demo data of Dinas Sosial Kabupaten Bantul. Sign in as admin, operator, bendahara, kepala or auditor; every password is: demo</translation>
    </message>
    <message>
        <source>Batalkan persiapan</source>
        <translation>Cancel setup</translation>
    </message>
    <message>
        <source>Batalkan persiapan pertama?</source>
        <translation>Cancel the first-time setup?</translation>
    </message>
    <message>
        <source>Belum ada yang disimpan. Wizard ini muncul lagi saat Tagana Desk dibuka berikutnya.</source>
        <translation>Nothing has been saved yet. This wizard appears again the next time Tagana Desk opens.</translation>
    </message>
    <message>
        <source>Ya, batalkan</source>
        <translation>Yes, cancel</translation>
    </message>
    <message>
        <source>Lanjutkan mengisi</source>
        <translation>Continue filling in</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>KK ditandai</source>
        <translation>Flagged household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Mirip dengan</source>
        <translation>Similar to</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Dana dan alokasi awal</source>
        <translation>Funds and first allocations</translation>
    </message>
    <message>
        <source>Dana BTT dan HONOR dibuat otomatis. Alokasi awal boleh dikosongkan dan ditambah nanti di halaman Dana.</source>
        <translation>The BTT and HONOR funds are created automatically. The first allocations may be left empty and added later on the Funds page.</translation>
    </message>
    <message>
        <source>Dana</source>
        <extracomment>Ledger lines read per batch as the table scrolls.</extracomment>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Alokasi awal (Rp)</source>
        <translation>First allocation (Rp)</translation>
    </message>
    <message>
        <source>Dasar alokasi</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>BTT — Belanja Tidak Terduga</source>
        <translation>BTT — unexpected expenditure (Belanja Tidak Terduga)</translation>
    </message>
    <message>
        <source>HONOR — Honor relawan</source>
        <translation>HONOR — volunteer stipends</translation>
    </message>
    <message>
        <source>mis. SK Bupati 188/123/2026</source>
        <translation>e.g. SK Bupati 188/123/2026</translation>
    </message>
    <message>
        <source>mis. DPA Dinas Sosial 2026</source>
        <translation>e.g. DPA Dinas Sosial 2026</translation>
    </message>
    <message>
        <source>Akun bendahara</source>
        <translation>Treasurer account</translation>
    </message>
    <message>
        <source>Hanya bendahara yang boleh menambah uang ke dana, jadi alokasi awal dicatat atas nama akun ini (terlihat di log audit). Wajib bila ada alokasi; tanpa alokasi boleh dikosongkan: kata sandi kosong berarti akun belum dibuat.</source>
        <translation>Only the treasurer may add money to a fund, so the first allocations are recorded under this account (visible in the audit log). Required when there is an allocation; without one it may be left empty: an empty password means the account is not created yet.</translation>
    </message>
    <message>
        <source>mis. bendahara</source>
        <translation>e.g. bendahara</translation>
    </message>
    <message>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, may be empty</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Akun bendahara (wajib: ada alokasi)</source>
        <translation>Treasurer account (required: there is an allocation)</translation>
    </message>
    <message>
        <source>Akun bendahara (opsional)</source>
        <translation>Treasurer account (optional)</translation>
    </message>
    <message>
        <source>Isi jumlahnya, atau kosongkan dasarnya.</source>
        <translation>Enter the amount, or empty its legal basis.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Saldo dihitung dari Buku Kas Umum; Tersedia = Saldo − Komitmen yang menunggu persetujuan.</source>
        <translation>The balance is computed from the cash book (BKU); Available = Balance − Commitments awaiting approval.</translation>
    </message>
    <message>
        <source>Dana:</source>
        <translation>Fund:</translation>
    </message>
    <message>
        <source>Tambah alokasi…</source>
        <translation>Add allocation…</translation>
    </message>
    <message>
        <source>Tambah alokasi dana (Ctrl+N)</source>
        <translation>Add a fund allocation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hanya Bendahara yang dapat menambah alokasi.</source>
        <translation>Only the Treasurer (Bendahara) can add allocations.</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Komitmen</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Buku Kas Umum (BKU)</source>
        <translation>Cash book (BKU)</translation>
    </message>
    <message>
        <source>Belum ada transaksi.</source>
        <translation>No transactions yet.</translation>
    </message>
    <message>
        <source>{shown} dari {total} baris</source>
        <translation>{shown} of {total} rows</translation>
    </message>
    <message>
        <source>{total} baris</source>
        <translation>{total} rows</translation>
    </message>
    <message>
        <source>Tambah &amp;alokasi…</source>
        <translation>Add &amp;allocation…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Panduan pengguna — {app}</source>
        <translation>User guide — {app}</translation>
    </message>
    <message>
        <source>Cari di panduan… (Ctrl+F, Enter: berikutnya)</source>
        <translation>Search the guide… (Ctrl+F, Enter: next)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tidak ditemukan.</source>
        <translation>Not found.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Digabungkan ke data lain</source>
        <translation>Merged into another record</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat, belum diputuskan</source>
        <translation>Possible duplicate, not decided yet</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>{sex}, lahir {date}</source>
        <translation>{sex}, born {date}</translation>
    </message>
    <message>
        <source>RT {rt}/RW {rw}</source>
        <translation>RT {rt}/RW {rw}</translation>
    </message>
    <message>
        <source>NIK {nik} · No. KK {kk}</source>
        <translation>NIK {nik} · No. KK {kk}</translation>
    </message>
    <message>
        <source>{persons} jiwa · {damage} · mengungsi: {displaced}</source>
        <translation>{persons} persons · {damage} · displaced: {displaced}</translation>
    </message>
    <message>
        <source>Kejadian #{id}: {title} ({date})</source>
        <translation>Incident #{id}: {title} ({date})</translation>
    </message>
    <message>
        <source>Didata {date}</source>
        <translation>Registered {date}</translation>
    </message>
    <message>
        <source>Sudah digabungkan ke data lain.</source>
        <translation>Already merged into another record.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>{sex}, lahir {date}, Kec. {district}, {regency}</source>
        <extracomment>HouseholdInput attributes in the order the form shows them (the first error gets the focus). Fields that share one red line (the first key names it).</extracomment>
        <translation>{sex}, born {date}, Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>Diterbitkan di Kec. {district}, {regency}</source>
        <translation>Issued in Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>{name} ({nik}, kejadian #{incident}) — {reason}</source>
        <translation>{name} ({nik}, incident #{incident}) — {reason}</translation>
    </message>
    <message>
        <source>KK {name} tersimpan dan ditandai. Kemungkinan duplikat: {found}. Putuskan di Penerima → Kemungkinan duplikat.</source>
        <translation>Household {name} saved and flagged. Possible duplicate: {found}. Decide in Recipients → Possible duplicates.</translation>
    </message>
    <message>
        <source>Ubah KK terdampak</source>
        <translation>Edit affected household</translation>
    </message>
    <message>
        <source>Tambah KK terdampak</source>
        <translation>Add affected household</translation>
    </message>
    <message>
        <source>Kejadian: {title} · {date} · {kec} {name}</source>
        <translation>Incident: {title} · {date} · {kec} {name}</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>sesuai KTP, mis. Suparman</source>
        <translation>as on the ID card (KTP), e.g. Suparman</translation>
    </message>
    <message>
        <source>16 digit</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <source>Tanggal pendataan</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>mis. Jodog</source>
        <translation>e.g. Jodog</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>Anggota keluarga (jiwa)</source>
        <translation>Family members (persons)</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Balita</source>
        <translation>Under fives</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant women</translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <source>Kerusakan rumah</source>
        <translation>House damage</translation>
    </message>
    <message>
        <source>Korban dalam KK ini</source>
        <translation>Casualties in this household</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>NIK (bila ada)</source>
        <translation>NIK (if known)</translation>
    </message>
    <message>
        <source>Tambah korban</source>
        <translation>Add casualty</translation>
    </message>
    <message>
        <source>Hapus korban</source>
        <translation>Remove casualty</translation>
    </message>
    <message>
        <source>mis. rumah ambruk bagian dapur, tinggal di rumah saudara</source>
        <translation>e.g. kitchen collapsed, staying with relatives</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Alasan (wajib), mis. dua keluarga dalam satu KK, rumah terpisah</source>
        <translation>Reason (required), e.g. two families on one family card, separate houses</translation>
    </message>
    <message>
        <source>Izinkan KK ganda</source>
        <translation>Allow the same No. KK twice</translation>
    </message>
    <message>
        <source>Alasan KK ganda</source>
        <translation>Reason for the repeated No. KK</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Periksa {n} isian yang ditandai merah.</source>
        <translation>Check the {n} fields marked in red.</translation>
    </message>
    <message>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Check the field marked in red.</translation>
    </message>
    <message>
        <source>Alasan KK ganda wajib diisi.</source>
        <translation>Enter a reason for the repeated No. KK.</translation>
    </message>
    <message>
        <source>Sudah terdaftar pada kejadian ini.</source>
        <translation>Already registered for this incident.</translation>
    </message>
    <message>
        <source>Ditolak: {reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <source>Sudah dipakai pada kejadian ini.</source>
        <translation>Already used in this incident.</translation>
    </message>
    <message>
        <source>{reason}
Sebagai Kepala Anda dapat mengizinkan KK ganda; alasannya dicatat di log audit.</source>
        <translation>{reason}
As Head you may allow the repeated No. KK; the reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>HouseholdModels</name>
    <message>
        <source>Ya</source>
        <extracomment>A possible duplicate waits for a person (amber); merged rows step back (grey); a pair confirmed distinct is settled (green). From the desk&apos;s one set of status colours.</extracomment>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>⚠ Periksa</source>
        <translation>⚠ Check</translation>
    </message>
</context>
<context>
    <name>HouseholdPaymentsModel</name>
    <message>
        <source>Kepala keluarga</source>
        <extracomment>Statuses that count as &quot;received&quot; (or on its way) in the households table.</extracomment>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <source>Bantuan diterima</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>Dibayar (Rp)</source>
        <translation>Paid (Rp)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>{aid} (menunggu)</source>
        <translation>{aid} (pending)</translation>
    </message>
    <message>
        <source>{aid} (draf)</source>
        <translation>{aid} (draft)</translation>
    </message>
    <message>
        <source>belum ada kuitansi</source>
        <translation>no receipt yet</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Simpan laporan…</source>
        <extracomment>Rows counted by the running import (``done``, ``total``), on the GUI thread. QSettings key of the folder the file and report dialogs start in. The report&apos;s file name when no file was read: ``laporan-impor-&lt;stem&gt;.xlsx``.</extracomment>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>The report could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportHouseholdsDialog</name>
    <message>
        <source>Impor KK terdampak dari Excel/CSV</source>
        <translation>Import affected households from Excel/CSV</translation>
    </message>
    <message>
        <source>Kejadian: {title}. Berkas .xlsx atau .csv dengan baris judul kolom (NIK, No. KK, Nama, Jumlah Jiwa, Desa, …). Berkas dicoba dulu tanpa menyimpan apa pun; periksa hasilnya, lalu impor baris yang valid.</source>
        <translation>Incident: {title}. An .xlsx or .csv file with a header row (NIK, No. KK, Nama, Jumlah Jiwa, Desa, …). The file is first tried without saving anything; check the result, then import the valid rows.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Baris data</source>
        <translation>Data rows</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ditandai</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Hanya baris bermasalah</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <source>Impor baris yang valid</source>
        <translation>Import the valid rows</translation>
    </message>
    <message>
        <source>Pilih daftar KK terdampak</source>
        <translation>Choose a list of affected households</translation>
    </message>
    <message>
        <source>Daftar KK (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Household list (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Impor KK terdampak</source>
        <translation>Import affected households</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data.</source>
        <translation>The file has no data rows.</translation>
    </message>
    <message>
        <source>Tidak ada baris yang valid untuk diimpor.</source>
        <translation>There are no valid rows to import.</translation>
    </message>
    <message>
        <source>Uji coba selesai: {n} baris siap diimpor. Belum ada yang disimpan.</source>
        <translation>Trial run finished: {n} rows ready to import. Nothing has been saved yet.</translation>
    </message>
    <message>
        <source>Impor selesai: {n} KK disimpan</source>
        <translation>Import finished: {n} households saved</translation>
    </message>
    <message>
        <source>, {n} ditandai kemungkinan duplikat</source>
        <translation>, {n} flagged as possible duplicates</translation>
    </message>
    <message>
        <source>Baris {row} · {name}: {reason}</source>
        <translation>Row {row} · {name}: {reason}</translation>
    </message>
    <message>
        <source>tidak ada masalah</source>
        <translation>no problems</translation>
    </message>
    <message>
        <source>Impor {n} baris yang valid</source>
        <translation>Import {n} valid rows</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Baris</source>
        <extracomment>Status → tone: valid green; ditolak red; duplikat (already in this incident or the file, skipped) grey; ditandai (stored, a possible duplicate to decide) amber. Status → (text colour, cell background).</extracomment>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>IncidentDeploymentModel</name>
    <message>
        <source>Relawan</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Uang harian</source>
        <translation>Daily allowance</translation>
    </message>
    <message>
        <source>dibayar bersama honor</source>
        <translation>paid with the stipend</translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <source>Daftar kejadian</source>
        <extracomment>&quot;Buka di Penyaluran&quot;: the main window shows the Penyaluran page on this incident. What Ctrl+N does here changed (another tab, the incident closed or reopened). Tabs whose data must be read again the next time they are shown. Select this household once the register is read again (a new or changed one).</extracomment>
        <translation>Incident list</translation>
    </message>
    <message>
        <source>Kembali ke daftar kejadian (Alt+←)</source>
        <translation>Back to the incident list (Alt+←)</translation>
    </message>
    <message>
        <source>Ubah kejadian…</source>
        <translation>Edit incident…</translation>
    </message>
    <message>
        <source>Tutup kejadian…</source>
        <translation>Close incident…</translation>
    </message>
    <message>
        <source>KK terdampak</source>
        <translation>Affected households</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Aid payments</translation>
    </message>
    <message>
        <source>Tagana</source>
        <translation>Tagana</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Sumber laporan</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Korban (laporan)</source>
        <translation>Casualties (report)</translation>
    </message>
    <message>
        <source>Rumah (laporan)</source>
        <translation>Houses (report)</translation>
    </message>
    <message>
        <source>Tambah KK…</source>
        <translation>Add household…</translation>
    </message>
    <message>
        <source>Daftarkan KK terdampak (Ctrl+N)</source>
        <translation>Register an affected household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ubah KK yang dipilih (Enter)</source>
        <translation>Edit the selected household (Enter)</translation>
    </message>
    <message>
        <source>Impor dari Excel/CSV…</source>
        <translation>Import from Excel/CSV…</translation>
    </message>
    <message>
        <source>Buka di Penyaluran →</source>
        <translation>Open in Aid payments →</translation>
    </message>
    <message>
        <source>Bayar, setujui atau cetak kuitansi kejadian ini di halaman Penyaluran</source>
        <translation>Pay, approve or print this incident&apos;s receipts on the Aid payments page</translation>
    </message>
    <message>
        <source>Tugaskan relawan…</source>
        <translation>Deploy volunteer…</translation>
    </message>
    <message>
        <source>Catat relawan yang diterjunkan ke kejadian ini</source>
        <translation>Record volunteers sent to this incident</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menugaskan relawan.</source>
        <translation>Only {roles} can deploy volunteers.</translation>
    </message>
    <message>
        <source>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</source>
        <translation>The daily deployment allowance is paid with the monthly stipend when its rate is set in Settings → Volunteers; deployments already paid are marked in the last column.</translation>
    </message>
    <message>
        <source>Dihitung dari KK yang terdaftar pada kejadian ini (bukan angka laporan awal). KK yang sudah digabungkan tidak dihitung.</source>
        <translation>Counted from the households registered for this incident (not the first report&apos;s figures). Merged households are not counted.</translation>
    </message>
    <message>
        <source>KK terdaftar</source>
        <translation>Households registered</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>KK mengungsi</source>
        <translation>Households displaced</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>Balita</source>
        <translation>Under fives</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant women</translation>
    </message>
    <message>
        <source>KK dan jiwa</source>
        <translation>Households and persons</translation>
    </message>
    <message>
        <source>Anggota rentan</source>
        <translation>Vulnerable members</translation>
    </message>
    <message>
        <source>Kerusakan rumah (KK)</source>
        <translation>House damage (households)</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat diputuskan di halaman Penerima → Kemungkinan duplikat (Ctrl+3).</source>
        <translation>Possible duplicates are decided on the Recipients page → Possible duplicates (Ctrl+3).</translation>
    </message>
    <message>
        <source>Belum ada bantuan yang disalurkan untuk kejadian ini.</source>
        <translation>No aid has been paid for this incident yet.</translation>
    </message>
    <message>
        <source>Dibayar {amount} kepada {households} KK ({n} kuitansi)</source>
        <translation>Paid {amount} to {households} households ({n} receipts)</translation>
    </message>
    <message>
        <source>menunggu persetujuan {n} ({amount})</source>
        <translation>awaiting approval {n} ({amount})</translation>
    </message>
    <message>
        <source>draf {n} ({amount})</source>
        <translation>draft {n} ({amount})</translation>
    </message>
    <message>
        <source>dibatalkan {n}</source>
        <translation>voided {n}</translation>
    </message>
    <message>
        <source>ditolak {n}</source>
        <translation>rejected {n}</translation>
    </message>
    <message>
        <source>Belum dibayar atau tidak dihitung: {parts}.</source>
        <translation>Not paid or not counted: {parts}.</translation>
    </message>
    <message>
        <source>Penyaluran ({n})</source>
        <translation>Aid payments ({n})</translation>
    </message>
    <message>
        <source>{shown} dari {total} penyaluran, terbaru di atas</source>
        <translation>{shown} of {total} payments, newest first</translation>
    </message>
    <message>
        <source>{total} penyaluran, terbaru di atas</source>
        <translation>{total} payments, newest first</translation>
    </message>
    <message>
        <source>Belum ada relawan yang ditugaskan ke kejadian ini.</source>
        <translation>No volunteers deployed to this incident yet.</translation>
    </message>
    <message>
        <source>{n} relawan ditugaskan, {days} hari-orang.</source>
        <translation>{n} volunteers deployed, {days} person-days.</translation>
    </message>
    <message>
        <source>Tagana ({n})</source>
        <translation>Tagana ({n})</translation>
    </message>
    <message>
        <source>Belum ada relawan aktif; tambahkan dulu di halaman Tagana (Ctrl+6).</source>
        <translation>No active volunteers yet; add them first on the Tagana page (Ctrl+6).</translation>
    </message>
    <message>
        <source>Meninggal {d} · hilang {m} · luka {i} · mengungsi {x}</source>
        <translation>Dead {d} · missing {m} · injured {i} · displaced {x}</translation>
    </message>
    <message>
        <source>RB {rb} · RS {rs} · RR {rr} · terendam {t}</source>
        <translation>Heavy {rb} · moderate {rs} · light {rr} · flooded {t}</translation>
    </message>
    <message>
        <source>Belum ada KK terdaftar.</source>
        <translation>No households registered yet.</translation>
    </message>
    <message>
        <source>{shown} dari {total} KK</source>
        <translation>{shown} of {total} households</translation>
    </message>
    <message>
        <source>{total} KK</source>
        <translation>{total} households</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah daftar KK; Anda {role}.</source>
        <translation>Only {roles} can change the household list; you are {role}.</translation>
    </message>
    <message>
        <source>Kejadian ditutup: buka kembali untuk menambah KK.</source>
        <translation>The incident is closed: reopen it to add households.</translation>
    </message>
    <message>
        <source>&amp;Tambah KK…</source>
        <translation>&amp;Add household…</translation>
    </message>
    <message>
        <source>&amp;Tugaskan relawan…</source>
        <translation>&amp;Deploy volunteer…</translation>
    </message>
    <message>
        <source>KK {name} tersimpan.</source>
        <translation>Household {name} saved.</translation>
    </message>
    <message>
        <source>Impor selesai: {n} KK ditambahkan</source>
        <translation>Import finished: {n} households added</translation>
    </message>
    <message>
        <source>, {n} di antaranya kemungkinan duplikat (periksa di Penerima)</source>
        <translation>, {n} of them possible duplicates (check in Recipients)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Ubah kejadian</source>
        <translation>Edit incident</translation>
    </message>
    <message>
        <source>Catat kejadian baru</source>
        <translation>Record new incident</translation>
    </message>
    <message>
        <source>Data kejadian mengikuti isian DIBI BNPB. Angka korban dan rumah adalah angka laporan; angka KK terdampak dihitung dari daftar KK.</source>
        <translation>Incident data follows the BNPB DIBI form. Casualty and house figures are as reported; affected households are counted from the household list.</translation>
    </message>
    <message>
        <source>Kabupaten kantor belum diatur: minta admin mengisinya di Pengaturan → Kantor.</source>
        <translation>The office&apos;s regency is not set: ask an admin to fill it in under Settings → Office.</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>mis. Banjir luapan Sungai Winongo di Palbapang</source>
        <translation>e.g. Winongo river flood in Palbapang</translation>
    </message>
    <message>
        <source>mis. {dusun} Jodog, tepi sungai</source>
        <translation>e.g. {dusun} Jodog, riverside</translation>
    </message>
    <message>
        <source>mis. Laporan {desa}, Pusdalops BPBD, Tagana</source>
        <translation>e.g. {desa} report, BPBD Pusdalops, Tagana</translation>
    </message>
    <message>
        <source>Kronologi singkat, kebutuhan mendesak (Ctrl+Enter menyimpan)</source>
        <translation>Short chronology, urgent needs (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Sumber laporan</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Korban (jiwa)</source>
        <translation>Casualties (persons)</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Dead</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Luka-luka</source>
        <translation>Injured</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <source>Rumah (unit)</source>
        <translation>Houses (units)</translation>
    </message>
    <message>
        <source>Rusak berat (RB)</source>
        <translation>Heavy damage (RB)</translation>
    </message>
    <message>
        <source>Rusak sedang (RS)</source>
        <translation>Moderate damage (RS)</translation>
    </message>
    <message>
        <source>Rusak ringan (RR)</source>
        <translation>Light damage (RR)</translation>
    </message>
    <message>
        <source>Terendam</source>
        <translation>Flooded</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>IncidentDisbursementModel</name>
    <message>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No. kuitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Belum ada kuitansi: belum dibayar.</source>
        <translation>No receipt yet: not paid.</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Banjir</source>
        <translation>Flood</translation>
    </message>
    <message>
        <source>Tanah longsor</source>
        <translation>Landslide</translation>
    </message>
    <message>
        <source>Kebakaran</source>
        <translation>Fire</translation>
    </message>
    <message>
        <source>Angin puting beliung</source>
        <translation>Whirlwind</translation>
    </message>
    <message>
        <source>Gempa bumi</source>
        <translation>Earthquake</translation>
    </message>
    <message>
        <source>Kekeringan</source>
        <translation>Drought</translation>
    </message>
    <message>
        <source>Gelombang pasang</source>
        <translation>Tidal wave</translation>
    </message>
    <message>
        <source>Musibah perorangan</source>
        <translation>Personal emergency</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rusak berat</source>
        <translation>Heavy damage</translation>
    </message>
    <message>
        <source>Rusak sedang</source>
        <translation>Moderate damage</translation>
    </message>
    <message>
        <source>Rusak ringan</source>
        <translation>Light damage</translation>
    </message>
    <message>
        <source>Terendam</source>
        <translation>Flooded</translation>
    </message>
    <message>
        <source>Tidak rusak</source>
        <translation>No damage</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Belum dicek</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Dead</translation>
    </message>
    <message>
        <source>Luka berat</source>
        <translation>Seriously injured</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>NIK sama di kejadian lain (≤30 hari)</source>
        <translation>Same NIK in another incident (≤30 days)</translation>
    </message>
    <message>
        <source>Nama, desa dan tanggal lahir sama, NIK berbeda</source>
        <translation>Same name, village and birth date, different NIK</translation>
    </message>
    <message>
        <source>Belum diputuskan</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>Bukan duplikat</source>
        <translation>Not a duplicate</translation>
    </message>
    <message>
        <source>Digabungkan</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>Rows of an import preview (the importer&apos;s ``RowStatus`` values).</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Ditandai</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Tanggal</source>
        <extracomment>Column → ``incidents.list_incidents`` sort key; the other columns do not sort.</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Kejadian</source>
        <extracomment>The detail&apos;s &quot;Buka di Penyaluran&quot; (incident id), for the main window. Select this incident once the list is read again (a new or changed one).</extracomment>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Kejadian bencana dan musibah beserta KK terdampaknya. Klik dua kali (atau Enter) untuk membuka rincian dan daftar KK.</source>
        <translation>Disasters and emergencies with their affected households. Double-click (or Enter) to open the details and the household list.</translation>
    </message>
    <message>
        <source>Baru…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Catat kejadian baru (Ctrl+N)</source>
        <translation>Record a new incident (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka rincian</source>
        <translation>Open details</translation>
    </message>
    <message>
        <source>Rincian dan daftar KK terdampak (Enter)</source>
        <translation>Details and list of affected households (Enter)</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Tutup kejadian…</source>
        <translation>Close incident…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mencatat kejadian; Anda masuk sebagai {role}.</source>
        <translation>Only {roles} can record incidents; you are signed in as {role}.</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cari judul atau tempat… (Ctrl+F)</source>
        <translation>Search title or place… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>Semua {kecamatan}</source>
        <translation>All {kecamatan}</translation>
    </message>
    <message>
        <source>Tidak ada kejadian yang cocok.</source>
        <translation>No matching incidents.</translation>
    </message>
    <message>
        <source>{shown} dari {total} kejadian</source>
        <translation>{shown} of {total} incidents</translation>
    </message>
    <message>
        <source>{total} kejadian</source>
        <translation>{total} incidents</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Kejadian &amp;baru…</source>
        <translation>&amp;New incident…</translation>
    </message>
    <message>
        <source>Tutup kejadian</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>Tutup “{title}”? Kejadian yang ditutup tidak dapat ditambah KK baru sampai dibuka kembali.</source>
        <translation>Close “{title}”? No new households can be added to a closed incident until it is reopened.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>mis. Penanganan darurat selesai</source>
        <translation>e.g. Emergency response finished</translation>
    </message>
    <message>
        <source>Buka kembali kejadian</source>
        <translation>Reopen incident</translation>
    </message>
    <message>
        <source>Buka kembali “{title}” agar KK dapat ditambah atau diubah?</source>
        <translation>Reopen “{title}” so households can be added or changed?</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>mis. Ada KK susulan dari kalurahan</source>
        <translation>e.g. More households reported by the village</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Tambah</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Alokasi dana</source>
        <translation>Fund allocation</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Account locked</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Ganti logo</source>
        <translation>Change logo</translation>
    </message>
    <message>
        <source>Atur tarif</source>
        <translation>Set rate</translation>
    </message>
    <message>
        <source>Salurkan bantuan</source>
        <translation>Pay aid</translation>
    </message>
    <message>
        <source>Salurkan per kelompok</source>
        <translation>Pay a group</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Batalkan kuitansi</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Bayar honor bulanan</source>
        <translation>Pay monthly stipends</translation>
    </message>
    <message>
        <source>Buat LPJ</source>
        <translation>Make LPJ</translation>
    </message>
    <message>
        <source>Tutup bulan</source>
        <translation>Close month</translation>
    </message>
    <message>
        <source>Buka kembali bulan</source>
        <translation>Reopen month</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Putuskan duplikat</source>
        <translation>Decide duplicate</translation>
    </message>
    <message>
        <source>Izinkan No. KK ganda</source>
        <translation>Allow repeated No. KK</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>KK terdampak</source>
        <translation>Affected household</translation>
    </message>
    <message>
        <source>Impor KK terdampak</source>
        <translation>Affected household import</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <source>Impor DTKS/DTSEN</source>
        <translation>DTKS/DTSEN import</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Aid payment</translation>
    </message>
    <message>
        <source>Kuitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Volunteer type</translation>
    </message>
    <message>
        <source>Impor relawan</source>
        <translation>Volunteer import</translation>
    </message>
    <message>
        <source>Penugasan relawan</source>
        <translation>Volunteer deployment</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Volunteer stipend</translation>
    </message>
    <message>
        <source>Honor bulanan</source>
        <translation>Monthly stipend run</translation>
    </message>
    <message>
        <source>LPJ</source>
        <translation>LPJ</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Bulan ditutup</source>
        <translation>Month closed</translation>
    </message>
    <message>
        <source>Jenis bantuan</source>
        <translation>Aid type</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>The roles&apos; names (``domain.enums.ROLE_LABELS``), repeated here so Qt Linguist finds them.</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Kepala Dinas</source>
        <translation>Head of Office</translation>
    </message>
    <message>
        <source>PPTK</source>
        <translation>PPTK</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No. Bukti</source>
        <translation>Voucher no.</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Masuk (Rp)</source>
        <translation>In (Rp)</translation>
    </message>
    <message>
        <source>Keluar (Rp)</source>
        <translation>Out (Rp)</translation>
    </message>
    <message>
        <source>Saldo (Rp)</source>
        <translation>Balance (Rp)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>{app} terkunci</source>
        <translation>{app} locked</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Tidak ada kegiatan selama {n} menit, jadi data disembunyikan. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>No activity for {n} minutes, so the data is hidden. Enter your password to continue.</translation>
    </message>
    <message>
        <source>Data disembunyikan. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>The data is hidden. Enter your password to continue.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({username}) · {role}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({username}) · {role}</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Bukan {name}? Pilih Keluar: program ditutup dan pengguna lain masuk dengan akunnya sendiri. Isian yang belum disimpan hilang.</source>
        <translation>Not {name}? Choose Quit: the program closes and the other user signs in with their own account. Unsaved entries are lost.</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — {app}</source>
        <translation>Sign in — {app}</translation>
    </message>
    <message>
        <source>Meja piket siaga bencana</source>
        <translation>Disaster emergency desk</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LpjSummaryModel</name>
    <message>
        <source>Saldo awal</source>
        <extracomment>The fixed lines&apos; labels, translated when a summary is built.</extracomment>
        <translation>Opening balance</translation>
    </message>
    <message>
        <source>Penerimaan</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Alokasi dana</source>
        <translation>Fund allocation</translation>
    </message>
    <message>
        <source>Pembatalan kuitansi</source>
        <translation>Voided receipts</translation>
    </message>
    <message>
        <source>Jumlah penerimaan</source>
        <translation>Total receipts</translation>
    </message>
    <message>
        <source>Pengeluaran</source>
        <translation>Expenditure</translation>
    </message>
    <message>
        <source>Bantuan bencana</source>
        <translation>Disaster aid</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Volunteer stipends</translation>
    </message>
    <message>
        <source>Jumlah pengeluaran</source>
        <translation>Total expenditure</translation>
    </message>
    <message>
        <source>Saldo akhir</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{fund} (Rp)</source>
        <translation>{fund} (Rp)</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Total (Rp)</translation>
    </message>
    <message>
        <source>Uang yang kembali ke dana karena kuitansinya dibatalkan bulan ini.</source>
        <translation>Money returned to the fund because its receipts were voided this month.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Halaman ini belum tersedia pada versi ini.</source>
        <extracomment>Fits a 1366×768 screen with the Windows taskbar.</extracomment>
        <translation>This page is not available in this version yet.</translation>
    </message>
    <message>
        <source>Beranda</source>
        <extracomment>The navigation&apos;s names, in page order.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Aid payments</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Tagana</source>
        <translation>Tagana</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>{page} (Ctrl+{n})</source>
        <translation>{page} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <extracomment>The navigation&apos;s icons, in page order (``tagana_desk.ui.icons``). Page names (as the Beranda cards ask for them) → navigation index.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Periksa kuitansi…</source>
        <translation>&amp;Verify receipt…</translation>
    </message>
    <message>
        <source>Periksa keaslian kuitansi dari kode QR-nya</source>
        <translation>Check a receipt&apos;s authenticity from its QR code</translation>
    </message>
    <message>
        <source>&amp;Baru…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Ce&amp;tak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Ubah kata san&amp;di saya…</source>
        <translation>Change my pass&amp;word…</translation>
    </message>
    <message>
        <source>Ganti kata sandi akun Anda sendiri; kata sandi lama diminta</source>
        <translation>Change the password of your own account; your old password is asked for</translation>
    </message>
    <message>
        <source>K&amp;unci layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Kunci layar sekarang; buka dengan kata sandi</source>
        <translation>Lock the screen now; unlock with your password</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Panduan pengguna</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>Cara memakai {app}, langkah demi langkah (F1)</source>
        <translation>How to use {app}, step by step (F1)</translation>
    </message>
    <message>
        <source>&amp;Tentang {app}</source>
        <translation>&amp;About {app}</translation>
    </message>
    <message>
        <source>Kata sandi Anda diganti.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Pengguna: {username}</source>
        <translation>User: {username}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Tersedia: …</source>
        <translation>Available: …</translation>
    </message>
    <message>
        <source>Saldo tersedia dana bencana kantor (saldo dikurangi komitmen)</source>
        <translation>Available balance of the office&apos;s disaster fund (balance minus commitments)</translation>
    </message>
    <message>
        <source>Tersedia {fund}: {amount}</source>
        <translation>Available {fund}: {amount}</translation>
    </message>
    <message>
        <source>Tersedia: tidak terbaca</source>
        <translation>Available: unreadable</translation>
    </message>
</context>
<context>
    <name>MonthStates</name>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>LPJ dibuat</source>
        <translation>LPJ made</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Ditutup oleh {user} pada {when}.</source>
        <extracomment>Tone per status (tagana_desk.ui.style): grey, still being written; green, LPJ made and ready to close; slate blue-grey, closed and locked (archived); amber, reopened, to be closed again. (text, background) per status. The status of a row (for the badge delegate).</extracomment>
        <translation>Closed by {user} on {when}.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat dicatat dengan tanggal di bulan ini.</source>
        <translation>Nothing can be recorded with a date in this month.</translation>
    </message>
    <message>
        <source>Dibuka kembali: {reason}. Tutup lagi setelah koreksi.</source>
        <translation>Reopened: {reason}. Close it again after the correction.</translation>
    </message>
    <message>
        <source>LPJ sudah dibuat; bulan siap ditutup.</source>
        <translation>The LPJ has been made; the month is ready to close.</translation>
    </message>
    <message>
        <source>LPJ sudah dibuat; bulan dapat ditutup setelah berakhir.</source>
        <translation>The LPJ has been made; the month can be closed once it has ended.</translation>
    </message>
    <message>
        <source>Bulan sudah berakhir: buat LPJ, lalu tutup bulan.</source>
        <translation>The month has ended: make the LPJ, then close the month.</translation>
    </message>
    <message>
        <source>Bulan berjalan.</source>
        <translation>Current month.</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Dicetak di kop setiap kuitansi dan LPJ. Dapat diubah nanti di Pengaturan.</source>
        <translation>Printed on the letterhead of every receipt and LPJ. Can be changed later in Settings.</translation>
    </message>
    <message>
        <source>mis. DINAS SOSIAL</source>
        <translation>e.g. DINAS SOSIAL</translation>
    </message>
    <message>
        <source>— pilih provinsi —</source>
        <translation>— choose province —</translation>
    </message>
    <message>
        <source>mis. Jl. Lingkar Timur, Manding, Trirenggo, Bantul</source>
        <translation>e.g. Jl. Lingkar Timur, Manding, Trirenggo, Bantul</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Opsional. PNG atau JPG, paling besar 2 MB; dicetak di kiri kop.</source>
        <translation>Optional. PNG or JPG, at most 2 MB; printed on the left of the letterhead.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>— pilih kabupaten/kota —</source>
        <translation>— choose regency/city —</translation>
    </message>
    <message>
        <source>Baris pemerintah pada kop dan kota tanda tangan diisi dari kabupaten/kota yang dipilih.</source>
        <translation>The government line of the letterhead and the city of signing are filled in from the regency/city chosen.</translation>
    </message>
    <message>
        <source>(nama kantor)</source>
        <translation>(office name)</translation>
    </message>
    <message>
        <source>Kop surat: {government} — {name}. Kota tanda tangan: {city}.</source>
        <translation>Letterhead: {government} — {name}. City of signing: {city}.</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Choose a letterhead logo</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPG (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPG image (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maks. 2 MB).</source>
        <translation>The logo is too large (2 MB at most).</translation>
    </message>
    <message>
        <source>File tidak dapat dibaca: {path} ({reason})</source>
        <translation>The file cannot be read: {path} ({reason})</translation>
    </message>
    <message>
        <source>File ini bukan gambar PNG atau JPG.</source>
        <translation>This file is not a PNG or JPG image.</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>No logo</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Kop surat</source>
        <extracomment>The language row is labelled, and its note written, in both languages. The idle time before the lock changed (minutes, 0 = off).</extracomment>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>mis. PEMERINTAH KABUPATEN BANTUL</source>
        <translation>e.g. PEMERINTAH KABUPATEN BANTUL</translation>
    </message>
    <message>
        <source>mis. DINAS SOSIAL</source>
        <translation>e.g. DINAS SOSIAL</translation>
    </message>
    <message>
        <source>— pilih provinsi —</source>
        <translation>— choose province —</translation>
    </message>
    <message>
        <source>mis. Jl. Lingkar Timur, Manding, Trirenggo</source>
        <translation>e.g. Jl. Lingkar Timur, Manding, Trirenggo</translation>
    </message>
    <message>
        <source>mis. (0274) 367123</source>
        <translation>e.g. (0274) 367123</translation>
    </message>
    <message>
        <source>mis. dinsos@bantulkab.go.id</source>
        <translation>e.g. dinsos@bantulkab.go.id</translation>
    </message>
    <message>
        <source>mis. Bantul</source>
        <translation>e.g. Bantul</translation>
    </message>
    <message>
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kota tanda tangan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Letterhead logo</translation>
    </message>
    <message>
        <source>Gambar PNG, paling besar 2 MB; dicetak di sebelah kiri kop surat.</source>
        <translation>PNG image, at most 2 MB; printed on the left of the letterhead.</translation>
    </message>
    <message>
        <source>Pilih gambar PNG…</source>
        <translation>Choose PNG image…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Keuangan dan tanda tangan</source>
        <translation>Money and signatures</translation>
    </message>
    <message>
        <source>Pembayaran di atas batas ini menunggu persetujuan Kepala.</source>
        <translation>Payments above this limit wait for the Head&apos;s approval.</translation>
    </message>
    <message>
        <source>Batas persetujuan (Rp)</source>
        <translation>Approval limit (Rp)</translation>
    </message>
    <message>
        <source>Dana bencana</source>
        <translation>Disaster fund</translation>
    </message>
    <message>
        <source>Dana honor relawan</source>
        <translation>Volunteer stipend fund</translation>
    </message>
    <message>
        <source>“Mengetahui” oleh</source>
        <translation>“Acknowledged” by</translation>
    </message>
    <message>
        <source>Keamanan komputer ini</source>
        <translation>Security of this computer</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Tidak pernah</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Layar dikunci bila keyboard dan tetikus tidak disentuh selama ini; 0 = tidak pernah. Langsung berlaku dan tersimpan di komputer ini.</source>
        <translation>The screen locks when keyboard and mouse are untouched for this long; 0 = never. Applies at once and is stored on this computer.</translation>
    </message>
    <message>
        <source>langsung berlaku, di komputer ini saja</source>
        <translation>applies at once, on this computer only</translation>
    </message>
    <message>
        <source>Kunci layar setelah</source>
        <translation>Lock screen after</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan profil kantor (Ctrl+S)</source>
        <translation>Save the office profile (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah pengaturan; Anda masuk sebagai {role}.</source>
        <translation>Only {roles} can change the settings; you are signed in as {role}.</translation>
    </message>
    <message>
        <source>— pilih kabupaten/kota —</source>
        <translation>— choose regency/city —</translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation>No logo yet</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Choose a letterhead logo</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>File tidak dapat dibaca: {path} ({reason})</source>
        <translation>The file cannot be read: {path} ({reason})</translation>
    </message>
    <message>
        <source>Hapus logo dari kop surat? Dokumen berikutnya dicetak tanpa logo.</source>
        <translation>Remove the logo from the letterhead? The next documents are printed without a logo.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ubah kata sandi saya</source>
        <extracomment>Own password: the old one is asked for (the service checks it).</extracomment>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <source>Ketik kata sandi lama Anda, lalu kata sandi baru dua kali.</source>
        <translation>Type your old password, then the new password twice.</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {who}. Sampaikan kepadanya secara langsung; bila akunnya terkunci, kuncinya ikut dibuka.</source>
        <translation>A new password for {who}. Tell it to them in person; if the account is locked, it is unlocked too.</translation>
    </message>
    <message>
        <source>Minimal {n} karakter, berisi huruf dan angka.</source>
        <translation>At least {n} characters, with letters and digits.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PayHouseholdDialog</name>
    <message>
        <source>Bayar satu KK</source>
        <extracomment>Households offered in the chooser; a larger incident is paid from its table&apos;s selection.</extracomment>
        <translation>Pay one household</translation>
    </message>
    <message>
        <source>Siapkan draf</source>
        <translation>Prepare draft</translation>
    </message>
    <message>
        <source>Anda menyiapkan draf penyaluran. Uang baru keluar setelah Bendahara membayarnya.</source>
        <translation>You are preparing a payment draft. Money only goes out once the Treasurer pays it.</translation>
    </message>
    <message>
        <source>ketik nama atau NIK…</source>
        <translation>type a name or NIK…</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>KK penerima</source>
        <translation>Recipient household</translation>
    </message>
    <message>
        <source>Jenis bantuan</source>
        <translation>Aid type</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Jumlah hari</source>
        <translation>Number of days</translation>
    </message>
    <message>
        <source>Jumlah standar</source>
        <translation>Standard amount</translation>
    </message>
    <message>
        <source>kosongkan bila memakai jumlah standar</source>
        <translation>leave empty to use the standard amount</translation>
    </message>
    <message>
        <source>wajib bila jumlah berbeda dari standar</source>
        <translation>required when the amount differs from the standard</translation>
    </message>
    <message>
        <source>Jumlah lain (Rp)</source>
        <translation>Other amount (Rp)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Simpan draf</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Cetak kuitansi…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kejadian ini belum mempunyai KK terdampak.</source>
        <translation>This incident has no affected households yet.</translation>
    </message>
    <message>
        <source>Isi paket: {items}</source>
        <translation>Package contents: {items}</translation>
    </message>
    <message>
        <source>Dana {fund} belum ada.</source>
        <translation>Fund {fund} does not exist yet.</translation>
    </message>
    <message>
        <source>Tersedia di dana {fund}: {amount}</source>
        <translation>Available in fund {fund}: {amount}</translation>
    </message>
    <message>
        <source>KK ini sudah menerima bantuan ini untuk kejadian ini ({status}).</source>
        <translation>This household has already received this aid for this incident ({status}).</translation>
    </message>
    <message>
        <source>Di atas batas persetujuan {limit}: pembayaran ini menunggu persetujuan Kepala dan mencadangkan dananya.</source>
        <translation>Above the approval limit of {limit}: this payment waits for the Head&apos;s approval and reserves the money.</translation>
    </message>
    <message>
        <source>Jumlah di luar standar wajib disertai alasan (minimal 5 karakter).</source>
        <translation>A non-standard amount needs a reason (at least 5 characters).</translation>
    </message>
    <message>
        <source>Dibayar {amount} kepada {name}. Kuitansi {number}.</source>
        <translation>Paid {amount} to {name}. Receipt {number}.</translation>
    </message>
    <message>
        <source>{amount} untuk {name} menunggu persetujuan Kepala; dananya sudah dicadangkan. Kuitansi terbit setelah disetujui.</source>
        <translation>{amount} for {name} is waiting for the Head&apos;s approval; the money is reserved. The receipt is issued once approved.</translation>
    </message>
    <message>
        <source>Draf {amount} untuk {name} tersimpan. Bendahara membayarnya di tab Kuitansi.</source>
        <translation>Draft of {amount} for {name} saved. The Treasurer pays it on the Receipts tab.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>PaymentLabels</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Voided</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Bayar</source>
        <extracomment>What a batch does with a household (``PreviewLine.action``).</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>For approval</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Tunai</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>per KK</source>
        <translation>per household</translation>
    </message>
    <message>
        <source>per jiwa per hari</source>
        <translation>per person per day</translation>
    </message>
    <message>
        <source>per jiwa meninggal</source>
        <translation>per person deceased</translation>
    </message>
    <message>
        <source>per korban luka berat</source>
        <translation>per seriously injured person</translation>
    </message>
    <message>
        <source>menurut tingkat kerusakan</source>
        <translation>by damage level</translation>
    </message>
    <message>
        <source>nilai manual</source>
        <translation>manual amount</translation>
    </message>
    <message>
        <source>semua KK terdampak</source>
        <translation>every affected household</translation>
    </message>
    <message>
        <source>KK mengungsi atau rumah rusak berat</source>
        <translation>displaced households or heavily damaged houses</translation>
    </message>
    <message>
        <source>KK dengan anggota meninggal</source>
        <translation>households with a member who died</translation>
    </message>
    <message>
        <source>KK dengan korban luka berat</source>
        <translation>households with a seriously injured member</translation>
    </message>
    <message>
        <source>rumah rusak berat atau sedang</source>
        <translation>houses heavily or moderately damaged</translation>
    </message>
    <message>
        <source>rumah rusak berat</source>
        <translation>houses heavily damaged</translation>
    </message>
    <message>
        <source>rumah rusak (berat, sedang, ringan)</source>
        <translation>damaged houses (heavy, moderate, light)</translation>
    </message>
    <message>
        <source>RB</source>
        <extracomment>Short damage codes for table cells (the full words go in the tooltip).</extracomment>
        <translation>RB</translation>
    </message>
    <message>
        <source>RS</source>
        <translation>RS</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <source>Terendam</source>
        <translation>Flooded</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rusak berat</source>
        <translation>Heavy damage</translation>
    </message>
    <message>
        <source>Rusak sedang</source>
        <translation>Moderate damage</translation>
    </message>
    <message>
        <source>Rusak ringan</source>
        <translation>Light damage</translation>
    </message>
    <message>
        <source>Tidak rusak</source>
        <translation>No damage</translation>
    </message>
</context>
<context>
    <name>PaymentListPreviewDialog</name>
    <message>
        <source>Belum ada honor yang dibayar untuk {month}.</source>
        <translation>No stipends have been paid for {month} yet.</translation>
    </message>
    <message>
        <source>Pratinjau daftar penerimaan honor</source>
        <translation>Stipend payment list preview</translation>
    </message>
    <message>
        <source>Daftar penerimaan honor</source>
        <translation>Stipend payment list</translation>
    </message>
    <message>
        <source>Daftar penerimaan honor {month}</source>
        <translation>Stipend payment list {month}</translation>
    </message>
    <message>
        <source>{rows} relawan, diterima bersih {net}; {pages} halaman A4 mendatar.</source>
        <translation>{rows} volunteers, net paid {net}; {pages} A4 landscape pages.</translation>
    </message>
    <message>
        <source>Cetak daftar penerimaan</source>
        <translation>Print payment list</translation>
    </message>
    <message>
        <source>Terkirim ke printer: {pages} halaman.</source>
        <translation>Sent to the printer: {pages} pages.</translation>
    </message>
    <message>
        <source>Simpan daftar penerimaan sebagai PDF</source>
        <translation>Save the payment list as PDF</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} halaman).</source>
        <translation>Saved: {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>Bayar satu KK…</source>
        <translation>Pay one household…</translation>
    </message>
    <message>
        <source>Siapkan draf satu KK…</source>
        <translation>Prepare a draft for one household…</translation>
    </message>
    <message>
        <source>Bayar satu jenis bantuan untuk satu KK (Ctrl+N)</source>
        <translation>Pay one aid type to one household (Ctrl+N)</translation>
    </message>
    <message>
        <source>Bayar per kelompok…</source>
        <translation>Pay a group…</translation>
    </message>
    <message>
        <source>Satu jenis bantuan untuk semua KK yang memenuhi syarat (Ctrl+Shift+N)</source>
        <translation>One aid type for every eligible household (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membayar atau menyiapkan draf.</source>
        <translation>Only {roles} can pay or prepare drafts.</translation>
    </message>
    <message>
        <source>Operator menyiapkan draf; Bendahara membayarnya.</source>
        <translation>The operator prepares drafts; the Treasurer pays them.</translation>
    </message>
    <message>
        <source>Kejadian ini belum mempunyai KK terdampak.</source>
        <translation>This incident has no affected households yet.</translation>
    </message>
    <message>
        <source>{total} KK · {received} sudah menerima bantuan</source>
        <translation>{total} households · {received} have received aid</translation>
    </message>
    <message>
        <source> (dari {shown} yang dimuat)</source>
        <translation> (of {shown} loaded)</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>{date} · {title} · {place} ({households} KK)</source>
        <extracomment>Incidents offered in the picker (newest first); the search finds older ones. Aid records read per household (a household gets each aid type at most once per incident).</extracomment>
        <translation>{date} · {title} · {place} ({households} households)</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <extracomment>An incident asked for by id (``show_incident``): listed even when not among the newest.</extracomment>
        <translation>Aid payments</translation>
    </message>
    <message>
        <source>Bantuan tunai dan barang untuk KK terdampak. Pembayaran di atas batas persetujuan menunggu Kepala; setiap pembayaran berkuitansi.</source>
        <translation>Cash and in-kind aid for affected households. Payments above the approval limit wait for the Head; every payment has a receipt.</translation>
    </message>
    <message>
        <source>Kejadian:</source>
        <translation>Incident:</translation>
    </message>
    <message>
        <source>Cari kejadian… (Ctrl+F)</source>
        <translation>Search incidents… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Kuitansi</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>Tidak ada kejadian yang cocok.</source>
        <translation>No matching incidents.</translation>
    </message>
    <message>
        <source>Belum ada kejadian; catat dulu di halaman Kejadian.</source>
        <translation>No incidents yet; record one first on the Incidents page.</translation>
    </message>
    <message>
        <source>Persetujuan ({n})</source>
        <translation>Approvals ({n})</translation>
    </message>
    <message>
        <source>Ce&amp;tak kuitansi terpilih…</source>
        <translation>&amp;Print selected receipts…</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membuat PDF kuitansi</source>
        <translation>Making the receipt PDF</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Menyiapkan pratinjau…</source>
        <extracomment>From this many pages on, printing shows its progress (and can be cancelled). The title row; a subclass may add controls on its right.</extracomment>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Cetak ke printer (Ctrl+P)</source>
        <translation>Print to a printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Simpan sebagai file PDF (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mengirim halaman ke printer…</source>
        <translation>Sending pages to the printer…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Calculation</translation>
    </message>
    <message>
        <source>Diajukan oleh</source>
        <translation>Submitted by</translation>
    </message>
</context>
<context>
    <name>PersonPaymentsModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Amount (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No. kuitansi</source>
        <translation>Receipt no.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Kejadian ini belum mempunyai kuitansi.</source>
        <extracomment>Pages are rasterised at the printer&apos;s resolution, but not finer than this: office printers print 300–600 dpi, and a 1200-dpi A4 page would be a 0.5 GB image.</extracomment>
        <translation>This incident has no receipts yet.</translation>
    </message>
    <message>
        <source>PDF kuitansi tidak dapat dibuka ({name}).</source>
        <translation>The receipt PDF cannot be opened ({name}).</translation>
    </message>
    <message>
        <source>Printer tidak dapat dipakai. Periksa printernya, lalu coba lagi.</source>
        <translation>The printer cannot be used. Check the printer, then try again.</translation>
    </message>
    <message>
        <source>Printer menolak halaman berikutnya.</source>
        <translation>The printer refused the next page.</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan.</source>
        <translation>Printing cancelled.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Tarif baru — {code}</source>
        <translation>New rate — {code}</translation>
    </message>
    <message>
        <source>Dasar: {basis}. Tarif berlaku sekarang: {rate}. Tarif baru berlaku mulai tanggalnya; pembayaran yang sudah dilakukan tidak berubah.</source>
        <translation>Basis: {basis}. Rate in force now: {rate}. A new rate applies from its date; payments already made do not change.</translation>
    </message>
    <message>
        <source>mis. 20.000</source>
        <translation>e.g. 20.000</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Tingkat kerusakan</source>
        <translation>Damage level</translation>
    </message>
    <message>
        <source>Tarif (Rp)</source>
        <translation>Rate (Rp)</translation>
    </message>
    <message>
        <source>Tarif wajib diisi, lebih dari Rp0.</source>
        <translation>Enter a rate above Rp0.</translation>
    </message>
    <message>
        <source>Tarif honor baru</source>
        <translation>New stipend rate</translation>
    </message>
    <message>
        <source>Tarif baru berlaku untuk honor bulan yang dimulai pada atau setelah tanggal berlakunya. Honor yang sudah dibayar tidak pernah berubah: setiap pembayaran menyimpan jumlah yang dibayarkan saat itu.</source>
        <translation>A new rate applies to the stipends of months starting on or after its effective date. Stipends already paid never change: every payment keeps the amount paid at the time.</translation>
    </message>
    <message>
        <source>mis. 1.250.000</source>
        <translation>e.g. 1.250.000</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>of</translation>
    </message>
    <message>
        <source>bruto</source>
        <translation>gross</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Volunteer type</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Monthly stipend (Rp)</translation>
    </message>
    <message>
        <source>Uang harian penugasan (Rp)</source>
        <translation>Daily deployment allowance (Rp)</translation>
    </message>
    <message>
        <source>Potongan pajak</source>
        <translation>Tax deduction</translation>
    </message>
    <message>
        <source>Belum ada tarif yang berlaku.</source>
        <translation>No rate in force yet.</translation>
    </message>
    <message>
        <source>Tarif sekarang: {amount} sebulan, uang harian {allowance}, {tax}.</source>
        <translation>Current rate: {amount} a month, daily allowance {allowance}, {tax}.</translation>
    </message>
    <message>
        <source>Potongan: {rule}. Honor {gross} → potongan {tax}, diterima {net}.</source>
        <translation>Deduction: {rule}. Stipend {gross} → deduction {tax}, received {net}.</translation>
    </message>
    <message>
        <source>Honor bulanan wajib diisi (boleh 0).</source>
        <translation>Enter the monthly stipend (0 is allowed).</translation>
    </message>
</context>
<context>
    <name>RateHistoryModel</name>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sudah diganti</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Tarif (Rp)</source>
        <translation>Rate (Rp)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Monthly stipend (Rp)</translation>
    </message>
    <message>
        <source>Uang harian (Rp)</source>
        <translation>Daily allowance (Rp)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>akan berlaku</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>berlaku sekarang</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>tarif lama</source>
        <translation>old rate</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>Enter a reason.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Pratinjau kuitansi</source>
        <extracomment>A print or a save was made and counted (RenderedReceipts).</extracomment>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Seluruh halaman</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>Selebar jendela</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Kuitansi {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>{count} kuitansi ({first} – {last})</source>
        <translation>{count} receipts ({first} – {last})</translation>
    </message>
    <message>
        <source>Pratinjau. Belum pernah dicetak: cetakan ini menjadi ASLI; cetakan berikutnya bertanda SALINAN.</source>
        <translation>Preview. Never printed: this print is the original (ASLI); later prints are marked SALINAN (copy).</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi, belum pernah dicetak: semuanya dicetak sebagai ASLI.</source>
        <translation>Preview of {count} receipts, never printed: all are printed as originals (ASLI).</translation>
    </message>
    <message>
        <source>Pratinjau. Kuitansi ini sudah pernah dicetak: cetakan ini bertanda SALINAN.</source>
        <translation>Preview. This receipt has been printed before: this print is marked SALINAN (copy).</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi, semuanya sudah pernah dicetak: dicetak bertanda SALINAN.</source>
        <translation>Preview of {count} receipts, all printed before: printed marked SALINAN (copy).</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi: {originals} dicetak sebagai ASLI, {copies} bertanda SALINAN (sudah pernah dicetak).</source>
        <translation>Preview of {count} receipts: {originals} printed as originals (ASLI), {copies} marked SALINAN (printed before).</translation>
    </message>
    <message>
        <source>{n} kuitansi sudah DIBATALKAN dan tercetak dengan cap BATAL.</source>
        <translation>{n} receipts are VOIDED and print with the BATAL (void) stamp.</translation>
    </message>
    <message>
        <source>Cetak kuitansi</source>
        <translation>Print receipts</translation>
    </message>
    <message>
        <source>Terkirim ke printer: {pages} halaman.</source>
        <translation>Sent to the printer: {pages} pages.</translation>
    </message>
    <message>
        <source>Simpan kuitansi sebagai PDF</source>
        <translation>Save receipts as PDF</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} halaman).</source>
        <translation>Saved: {path} ({pages} pages).</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>Semua kejadian</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periksa kuitansi…</source>
        <translation>Verify receipt…</translation>
    </message>
    <message>
        <source>Periksa keaslian kuitansi dari kode QR-nya</source>
        <translation>Check a receipt&apos;s authenticity from its QR code</translation>
    </message>
    <message>
        <source>Pratinjau / Cetak…</source>
        <translation>Preview / Print…</translation>
    </message>
    <message>
        <source>Pratinjau lalu cetak kuitansi terpilih (Ctrl+P)</source>
        <translation>Preview, then print the selected receipts (Ctrl+P)</translation>
    </message>
    <message>
        <source>Batalkan kuitansi…</source>
        <translation>Void receipt…</translation>
    </message>
    <message>
        <source>Bayar draf…</source>
        <translation>Pay draft…</translation>
    </message>
    <message>
        <source>Cetak semua kuitansi kejadian…</source>
        <translation>Print all of the incident&apos;s receipts…</translation>
    </message>
    <message>
        <source>Semua kuitansi kejadian terpilih dalam satu file PDF</source>
        <translation>Every receipt of the selected incident in one PDF file</translation>
    </message>
    <message>
        <source>Belum ada penyaluran.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>{shown} dari {total} penyaluran, terbaru di atas</source>
        <translation>{shown} of {total} payments, newest first</translation>
    </message>
    <message>
        <source>{total} penyaluran, terbaru di atas</source>
        <translation>{total} payments, newest first</translation>
    </message>
    <message>
        <source>Simpan semua kuitansi kejadian</source>
        <translation>Save all of the incident&apos;s receipts</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Membuat PDF kuitansi {incident}…</source>
        <translation>Making the receipt PDF for {incident}…</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} kuitansi).</source>
        <translation>Saved: {path} ({pages} receipts).</translation>
    </message>
    <message>
        <source>Batalkan kuitansi</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>Batalkan kuitansi {number} ({amount} untuk {name})? Nomornya tetap tercatat, uangnya kembali ke dana lewat entri koreksi hari ini, dan pembatalan tidak dapat diurungkan.</source>
        <translation>Void receipt {number} ({amount} for {name})? Its number stays on record, the money returns to the fund through a correcting entry today, and voiding cannot be undone.</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>mis. salah penerima, KK pindah</source>
        <translation>e.g. wrong recipient, household moved</translation>
    </message>
    <message>
        <source>Kuitansi {number} dibatalkan; nomornya tetap tercatat.</source>
        <translation>Receipt {number} voided; its number stays on record.</translation>
    </message>
    <message>
        <source>Bayar draf</source>
        <translation>Pay draft</translation>
    </message>
    <message>
        <source>Bayar draf {aid} sebesar {amount} untuk {name} hari ini?</source>
        <translation>Pay the draft {aid} of {amount} for {name} today?</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Draf dibayar: {amount}, kuitansi {number}.</source>
        <translation>Draft paid: {amount}, receipt {number}.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Penerima</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Semua KK terdampak dari semua kejadian: cari seseorang dan lihat riwayatnya, lalu putuskan kemungkinan data ganda.</source>
        <translation>Every affected household of every incident: find a person and see their history, then decide possible duplicate records.</translation>
    </message>
    <message>
        <source>Impor DTKS/DTSEN…</source>
        <translation>Import DTKS/DTSEN…</translation>
    </message>
    <message>
        <source>Tandai KK terdampak yang tercantum di ekstrak DTKS/DTSEN</source>
        <translation>Mark the affected households listed in a DTKS/DTSEN extract</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengimpor DTKS/DTSEN.</source>
        <translation>Only {roles} can import DTKS/DTSEN.</translation>
    </message>
    <message>
        <source>Cari penerima</source>
        <translation>Find recipients</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Possible duplicates</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>— pilih {kecamatan} —</source>
        <translation>— choose {kecamatan} —</translation>
    </message>
    <message>
        <source>— seluruh {kecamatan} —</source>
        <translation>— whole {kecamatan} —</translation>
    </message>
    <message>
        <source>— pilih {desa} —</source>
        <translation>— choose {desa} —</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Nama kepala keluarga</source>
        <extracomment>Column → ``households.list_households`` sort key.</extracomment>
        <translation>Head of household</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat yang belum diputuskan: periksa di Penerima → Kemungkinan duplikat.</source>
        <translation>A possible duplicate not decided yet: check in Recipients → Possible duplicates.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <extracomment>The page has shown a month (tests and the screenshots wait for this). The LPJ files were written and recorded: ``{&quot;pdf&quot;: Path, …}``. A progress line of the LPJ writer (as the progress dialog shows it). The office&apos;s today; tests fix it.</extracomment>
        <translation>Reports</translation>
    </message>
    <message>
        <source>LPJ bulanan per dana: periksa ringkasan dan kecocokannya dengan buku kas, simpan berkas LPJ (PDF, Excel, CSV, 3W), lalu tutup bulan.</source>
        <translation>Monthly LPJ per fund: check the summary and that it matches the cash book, save the LPJ files (PDF, Excel, CSV, 3W), then close the month.</translation>
    </message>
    <message>
        <source>12 bulan terakhir</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Bulan ditutup setelah LPJ-nya dibuat. Catatan bertanggal di bulan yang sudah ditutup tidak dapat ditambah atau diubah; koreksi masuk ke bulan berjalan.</source>
        <translation>A month is closed after its LPJ is made. Nothing dated in a closed month can be added or changed; corrections go into the current month.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&amp;Dana:</source>
        <translation>&amp;Fund:</translation>
    </message>
    <message>
        <source>Simpan LPJ…</source>
        <translation>Save LPJ…</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>Full NIKs</translation>
    </message>
    <message>
        <source>Tanpa centang, NIK pada berkas LPJ disamarkan (340208******0003). NIK lengkap hanya bila benar-benar diperlukan; pembuatannya dicatat di log audit.</source>
        <translation>Unticked, the NIKs in the LPJ files are masked (340208******0003). Use full NIKs only when truly needed; making them is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Tutup bulan</source>
        <translation>Close month</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>⚠ Berkas akan berisi NIK lengkap (data pribadi, UU 27/2022). Pembuatannya dicatat di log audit atas nama Anda; simpan dan bagikan dengan hati-hati.</source>
        <translation>⚠ The files will contain full NIKs (personal data, Law 27/2022). Making them is recorded in the audit log under your name; store and share them with care.</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>&amp;Simpan LPJ…</source>
        <translation>&amp;Save LPJ…</translation>
    </message>
    <message>
        <source>Ce&amp;tak LPJ (simpan PDF)…</source>
        <translation>&amp;Print LPJ (save PDF)…</translation>
    </message>
    <message>
        <source>Rekap bulan</source>
        <translation>Month summary</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>KK menerima bantuan</source>
        <translation>Households aided</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Kuitansi terbit</source>
        <translation>Receipts issued</translation>
    </message>
    <message>
        <source>Kuitansi dibatalkan</source>
        <translation>Receipts voided</translation>
    </message>
    <message>
        <source>Kuitansi bantuan</source>
        <translation>Aid receipts</translation>
    </message>
    <message>
        <source>Kuitansi honor</source>
        <translation>Stipend receipts</translation>
    </message>
    <message>
        <source>LPJ dibuat dan bulan ditutup oleh {roles}.</source>
        <translation>The LPJ is made and the month closed by {roles}.</translation>
    </message>
    <message>
        <source>Bulan yang sudah ditutup dibuka kembali oleh {roles}.</source>
        <translation>A closed month is reopened by {roles}.</translation>
    </message>
    <message>
        <source>Semua dana</source>
        <translation>All funds</translation>
    </message>
    <message>
        <source>Cocok dengan buku kas</source>
        <translation>Matches the cash book</translation>
    </message>
    <message>
        <source>— saldo awal + penerimaan − pengeluaran = saldo akhir; daftar penerima, honor dan kuitansi sama dengan BKU.</source>
        <translation>— opening balance + receipts − expenditure = closing balance; the recipient, stipend and receipt lists agree with the BKU.</translation>
    </message>
    <message>
        <source>Tidak cocok dengan buku kas — LPJ belum dapat dibuat:</source>
        <translation>Does not match the cash book — the LPJ cannot be made yet:</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membuat LPJ.</source>
        <translation>Only {roles} can make the LPJ.</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menutup bulan.</source>
        <translation>Only {roles} can close the month.</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membuka kembali bulan.</source>
        <translation>Only {roles} can reopen the month.</translation>
    </message>
    <message>
        <source>LPJ tidak dapat dibuat selama angka belum cocok dengan buku kas.</source>
        <translation>The LPJ cannot be made while the figures do not match the cash book.</translation>
    </message>
    <message>
        <source>Simpan LPJ {month}: PDF, Excel, CSV dan 3W HXL (Ctrl+S)</source>
        <translation>Save the LPJ for {month}: PDF, Excel, CSV and 3W HXL (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bulan ini sudah ditutup.</source>
        <translation>This month is already closed.</translation>
    </message>
    <message>
        <source>Bulan ini belum berakhir; dapat ditutup mulai tanggal 1 bulan berikutnya.</source>
        <translation>This month has not ended yet; it can be closed from the 1st of next month.</translation>
    </message>
    <message>
        <source>Simpan LPJ bulan ini dulu; bulan ditutup setelah LPJ dibuat.</source>
        <translation>Save this month&apos;s LPJ first; the month is closed after its LPJ is made.</translation>
    </message>
    <message>
        <source>Angka bulan ini tidak lagi cocok dengan buku kas; periksa dan buat LPJ ulang sebelum menutup bulan.</source>
        <translation>This month&apos;s figures no longer match the cash book; check them and make the LPJ again before closing the month.</translation>
    </message>
    <message>
        <source>Kunci {month}: tidak ada lagi yang dapat dicatat dengan tanggal di bulan ini.</source>
        <translation>Lock {month}: nothing more can be recorded with a date in this month.</translation>
    </message>
    <message>
        <source>Bulan ini tidak sedang ditutup.</source>
        <translation>This month is not closed.</translation>
    </message>
    <message>
        <source>Buka kembali {month} untuk koreksi (dengan alasan; dicatat di log audit).</source>
        <translation>Reopen {month} for a correction (with a reason; recorded in the audit log).</translation>
    </message>
    <message>
        <source>Pilih folder untuk LPJ {month}</source>
        <translation>Choose a folder for the LPJ of {month}</translation>
    </message>
    <message>
        <source>Menyiapkan LPJ {month}…</source>
        <translation>Preparing the LPJ for {month}…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan LPJ</source>
        <translation>Save LPJ</translation>
    </message>
    <message>
        <source>Mencatat LPJ…</source>
        <translation>Recording the LPJ…</translation>
    </message>
    <message>
        <source>LPJ {month} disimpan di {folder}: {names}.</source>
        <translation>LPJ for {month} saved in {folder}: {names}.</translation>
    </message>
    <message>
        <source>Berkas berisi NIK lengkap; tercatat di log audit.</source>
        <translation>The files contain full NIKs; recorded in the audit log.</translation>
    </message>
    <message>
        <source>Berkas LPJ sudah ditulis di {folder}, tetapi pencatatannya gagal: {why}</source>
        <translation>The LPJ files were written to {folder}, but recording them failed: {why}</translation>
    </message>
    <message>
        <source>Tutup {month}?</source>
        <translation>Close {month}?</translation>
    </message>
    <message>
        <source>Setelah ditutup, tidak ada yang dapat dicatat dengan tanggal di {month}; koreksi dicatat di bulan berjalan sebagai pembalikan. Bulan hanya dapat dibuka kembali oleh {roles}, dengan alasan.</source>
        <translation>Once closed, nothing can be recorded with a date in {month}; corrections are recorded in the current month as reversals. Only {roles} can reopen the month, with a reason.</translation>
    </message>
    <message>
        <source>{month} ditutup.</source>
        <translation>{month} closed.</translation>
    </message>
    <message>
        <source>Buka kembali {month}</source>
        <translation>Reopen {month}</translation>
    </message>
    <message>
        <source>Selama dibuka kembali, catatan bertanggal di bulan ini dapat ditambah lagi sampai Bendahara menutupnya kembali (setelah LPJ-nya diperbarui). Alasan dicatat di log audit.</source>
        <translation>While reopened, entries dated in this month can be added again until the Treasurer closes it again (after updating its LPJ). The reason is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>mis. koreksi kuitansi yang salah tanggal</source>
        <translation>e.g. correcting a receipt with a wrong date</translation>
    </message>
    <message>
        <source>{month} dibuka kembali.</source>
        <translation>{month} reopened.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>PULIHKAN</source>
        <extracomment>What the admin types to confirm (Indonesian, upper case, as shown in the dialog). The word to type (in the language on screen: ``RESTORE`` in English).</extracomment>
        <translation>RESTORE</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Semua data di database yang sedang dipakai akan DIGANTI dengan isi file cadangan. Pekerjaan yang dicatat sesudah cadangan itu dibuat tidak ada lagi di database yang dipakai.</source>
        <translation>All data in the database in use will be REPLACED with the contents of the backup file. Work recorded after that backup was made will no longer be in the database in use.</translation>
    </message>
    <message>
        <source>File cadangan</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Tanggal file</source>
        <translation>File date</translation>
    </message>
    <message>
        <source>Database yang diganti</source>
        <translation>Database replaced</translation>
    </message>
    <message>
        <source>Salinannya disimpan di</source>
        <translation>Its copy is kept in</translation>
    </message>
    <message>
        <source>Sebelum diganti, database yang sekarang disalin dulu ke folder cadangan di atas, jadi masih dapat dikembalikan.</source>
        <translation>Before it is replaced, the current database is copied to the backup folder above, so it can still be brought back.</translation>
    </message>
    <message>
        <source>Sesudah pemulihan program ditutup; buka kembali lalu masuk lagi. Pastikan komputer lain tidak sedang memakai database ini.</source>
        <translation>After the restore the program closes; open it again and sign in. Make sure no other computer is using this database.</translation>
    </message>
    <message>
        <source>Cadangan ini dari versi program yang lebih lama; skemanya diperbarui.</source>
        <translation>This backup is from an older version of the program; its schema is upgraded.</translation>
    </message>
    <message>
        <source>Ketik &lt;b&gt;{word}&lt;/b&gt; untuk melanjutkan:</source>
        <translation>Type &lt;b&gt;{word}&lt;/b&gt; to continue:</translation>
    </message>
    <message>
        <source>Ganti database</source>
        <translation>Replace database</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Cari nama, NIA atau NIK… (Ctrl+F)</source>
        <extracomment>Roster rows read per batch as the table scrolls. Typing in the search box waits this long for the next key before querying.</extracomment>
        <translation>Search name, NIA or NIK… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Semua tingkat</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Semua kapanewon</source>
        <translation>All kapanewon</translation>
    </message>
    <message>
        <source>Aktif dan nonaktif</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <source>Hanya aktif</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Hanya nonaktif</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <source>Impor dari Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Ubah data relawan terpilih (Enter)</source>
        <translation>Edit the selected volunteer (Enter)</translation>
    </message>
    <message>
        <source>Tambah relawan…</source>
        <translation>Add volunteer…</translation>
    </message>
    <message>
        <source>Tambah relawan (Ctrl+N)</source>
        <translation>Add a volunteer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menambah atau mengubah data relawan.</source>
        <translation>Only {roles} can add or change volunteers.</translation>
    </message>
    <message>
        <source>Semua {word}</source>
        <translation>All {word}</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang cocok.</source>
        <translation>No matching volunteers.</translation>
    </message>
    <message>
        <source>{shown} dari {total} relawan</source>
        <translation>{shown} of {total} volunteers</translation>
    </message>
    <message>
        <source>{total} relawan</source>
        <translation>{total} volunteers</translation>
    </message>
    <message>
        <source>Penugasan {name}</source>
        <translation>Deployments of {name}</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>NIA</source>
        <translation>NIA</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>NIK (awalan, min. 4 digit), No. KK, atau bagian nama (min. 3 huruf)… (Ctrl+F)</source>
        <extracomment>Payments read per registration (a household gets each aid type at most once per incident). Every payment to any of the registrations, newest first.</extracomment>
        <translation>NIK (start, at least 4 digits), No. KK, or part of a name (at least 3 letters)… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Cari di semua kejadian: ketik NIK, No. KK, atau sebagian nama kepala keluarga.</source>
        <translation>Search every incident: type a NIK, a No. KK, or part of the head of household&apos;s name.</translation>
    </message>
    <message>
        <source>Pilih satu hasil untuk melihat riwayatnya.</source>
        <translation>Select a result to see its history.</translation>
    </message>
    <message>
        <source>Bantuan yang diterima</source>
        <translation>Aid received</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Tidak ditemukan untuk “{q}”.</source>
        <translation>Nothing found for “{q}”.</translation>
    </message>
    <message>
        <source>{shown} dari {total} hasil untuk “{q}”, terbaru di atas</source>
        <translation>{shown} of {total} results for “{q}”, newest first</translation>
    </message>
    <message>
        <source>{total} hasil untuk “{q}”, terbaru di atas</source>
        <translation>{total} results for “{q}”, newest first</translation>
    </message>
    <message>
        <source>Riwayat {name} · NIK {nik} · terdaftar di {n} kejadian</source>
        <translation>History of {name} · NIK {nik} · registered in {n} incidents</translation>
    </message>
    <message>
        <source>{sex}, lahir {date}</source>
        <translation>{sex}, born {date}</translation>
    </message>
    <message>
        <source>No. KK {kk}</source>
        <translation>No. KK {kk}</translation>
    </message>
    <message>
        <source>HP {phone}</source>
        <translation>Mobile {phone}</translation>
    </message>
    <message>
        <source>Belum pernah menerima bantuan.</source>
        <translation>Has never received aid.</translation>
    </message>
    <message>
        <source>{n} kali dibayar, jumlah {amount}</source>
        <translation>Paid {n} times, totalling {amount}</translation>
    </message>
    <message>
        <source>Belum ada yang dibayar</source>
        <translation>Nothing paid yet</translation>
    </message>
    <message>
        <source>{n} menunggu persetujuan</source>
        <translation>{n} awaiting approval</translation>
    </message>
</context>
<context>
    <name>SearchTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Damage</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat yang belum diputuskan.</source>
        <translation>A possible duplicate not decided yet.</translation>
    </message>
    <message>
        <source>Data ini sudah digabungkan ke data lain.</source>
        <translation>This record has been merged into another one.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Profil kantor yang tercetak di kuitansi dan LPJ, serta penandatangannya.</source>
        <translation>The office profile printed on receipts and the LPJ, and its signatories.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Pengguna &amp;baru…</source>
        <translation>&amp;New user…</translation>
    </message>
    <message>
        <source>Jenis Bantuan</source>
        <translation>Aid Types</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>&amp;Simpan profil kantor</source>
        <translation>&amp;Save office profile</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</source>
        <translation>The name and NIP (civil servant number) are printed under the signature on receipts and the LPJ. The NIP has 18 digits; leave it empty for a signatory who is not a civil servant.</translation>
    </message>
    <message>
        <source>Nama lengkap dan gelar</source>
        <translation>Full name and titles</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>mis. Drs. Bambang Suharto, M.Si.</source>
        <translation>e.g. Drs. Bambang Suharto, M.Si.</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>mis. Sri Wahyuningsih, S.E.</source>
        <translation>e.g. Sri Wahyuningsih, S.E.</translation>
    </message>
    <message>
        <source>{role} (opsional)</source>
        <translation>{role} (optional)</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>Kuitansi ditandatangani bendahara dan diketahui kepala dinas (bisa diganti PPTK di Pengaturan → Kantor).</source>
        <translation>Receipts are signed by the treasurer and acknowledged by the head of office (can be changed to the PPTK in Settings → Office).</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Ubah penandatangan</source>
        <translation>Edit signatory</translation>
    </message>
    <message>
        <source>Tambah penandatangan</source>
        <translation>Add signatory</translation>
    </message>
    <message>
        <source>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</source>
        <translation>The name and NIP (civil servant number) are printed under the signature on receipts and the LPJ. The NIP has 18 digits; leave it empty for a signatory who is not a civil servant.</translation>
    </message>
    <message>
        <source>mis. Drs. Sri Wahyuni, M.Si.</source>
        <translation>e.g. Drs. Sri Wahyuni, M.Si.</translation>
    </message>
    <message>
        <source>18 digit, mis. 197001011998031001</source>
        <translation>18 digits, e.g. 197001011998031001</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Sosial Kabupaten Bantul</source>
        <translation>e.g. Kepala Dinas Sosial Kabupaten Bantul</translation>
    </message>
    <message>
        <source>Aktif (dipakai saat mencetak)</source>
        <translation>Active (used when printing)</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>StatCard</name>
    <message>
        <source>…</source>
        <extracomment>Page keys a card can open (the main window maps them to its pages). The page key behind the card.</extracomment>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>StipendPreviewModel</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Bruto (Rp)</source>
        <translation>Gross (Rp)</translation>
    </message>
    <message>
        <source>Potongan (Rp)</source>
        <translation>Deduction (Rp)</translation>
    </message>
    <message>
        <source>Netto (Rp)</source>
        <translation>Net (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>termasuk penugasan {days} hari ({amount})</source>
        <translation>including {days} deployment days ({amount})</translation>
    </message>
</context>
<context>
    <name>StipendRunDialog</name>
    <message>
        <source>Bayar honor {month}</source>
        <translation>Pay stipends for {month}</translation>
    </message>
    <message>
        <source>Bayar honor {month} dari dana {fund} kepada {n} relawan?</source>
        <translation>Pay the stipends for {month} from fund {fund} to {n} volunteers?</translation>
    </message>
    <message>
        <source>Jumlah bruto (keluar dari dana)</source>
        <translation>Gross total (out of the fund)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Diterima relawan (netto)</source>
        <translation>Received by volunteers (net)</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Available {fund}</translation>
    </message>
    <message>
        <source>Sisa setelah dibayar</source>
        <translation>Left after paying</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <source>Setiap relawan mendapat kuitansi bernomor. Relawan yang sudah dibayar untuk bulan ini tidak dibayar lagi.</source>
        <translation>Every volunteer gets a numbered receipt. Volunteers already paid for this month are not paid again.</translation>
    </message>
    <message>
        <source>{n} relawan tidak ikut dibayar (sudah dibayar atau dilewati).</source>
        <translation>{n} volunteers are not paid (already paid or skipped).</translation>
    </message>
    <message>
        <source>Pembayaran yang salah dibetulkan dengan membatalkan kuitansinya (dengan alasan).</source>
        <translation>A wrong payment is corrected by voiding its receipt (with a reason).</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membayar…</source>
        <translation>Paying…</translation>
    </message>
</context>
<context>
    <name>StipendTab</name>
    <message>
        <source>Bulan:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Cetak daftar penerimaan…</source>
        <translation>Print payment list…</translation>
    </message>
    <message>
        <source>Pratinjau, cetak atau simpan daftar penerimaan honor bulan ini (Ctrl+P)</source>
        <translation>Preview, print or save this month&apos;s stipend payment list (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak kuitansi per relawan…</source>
        <translation>Print receipts per volunteer…</translation>
    </message>
    <message>
        <source>Kuitansi honor bulan ini, satu halaman per relawan: pratinjau, cetak, simpan</source>
        <translation>This month&apos;s stipend receipts, one page per volunteer: preview, print, save</translation>
    </message>
    <message>
        <source>Bayar honor…</source>
        <translation>Pay stipends…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membayar honor.</source>
        <translation>Only {roles} can pay stipends.</translation>
    </message>
    <message>
        <source>Akan dibayar (bruto)</source>
        <translation>To be paid (gross)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Diterima (netto)</source>
        <translation>Received (net)</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Akan dibayar ({n} relawan), bruto</source>
        <translation>To be paid ({n} volunteers), gross</translation>
    </message>
    <message>
        <source>Sudah dibayar ({n} relawan)</source>
        <translation>Already paid ({n} volunteers)</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Available {fund}</translation>
    </message>
    <message>
        <source>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available} — kurang {short}. Tambah alokasi di halaman Dana sebelum membayar.</source>
        <translation>Fund {fund} is short: {needed} needed, {available} available — {short} short. Add an allocation on the Funds page before paying.</translation>
    </message>
    <message>
        <source>{total} relawan aktif pada {month}: {pay} akan dibayar, {paid} sudah dibayar, {skipped} dilewati.</source>
        <translation>{total} volunteers active in {month}: {pay} to be paid, {paid} already paid, {skipped} skipped.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Bulan {month} belum mulai.</source>
        <translation>{month} has not started yet.</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang perlu dibayar untuk {month}.</source>
        <translation>No volunteers need to be paid for {month}.</translation>
    </message>
    <message>
        <source>Saldo dana {fund} kurang {short}.</source>
        <translation>Fund {fund} is {short} short.</translation>
    </message>
    <message>
        <source>Bayar honor bulan ini kepada {n} relawan</source>
        <translation>Pay this month&apos;s stipends to {n} volunteers</translation>
    </message>
    <message>
        <source>Honor {month} dibayar kepada {n} relawan: bruto {gross}, diterima {net}. Kuitansi {first} s.d. {last}.</source>
        <translation>Stipends for {month} paid to {n} volunteers: gross {gross}, received {net}. Receipts {first} to {last}.</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang dibayar: semua sudah dibayar atau dilewati.</source>
        <translation>No volunteers were paid: all were already paid or skipped.</translation>
    </message>
    <message>
        <source>Belum ada kuitansi honor untuk bulan ini.</source>
        <translation>No stipend receipts for this month yet.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Periksa sekali lagi. Selesai menyimpan semuanya dalam satu langkah; bila gagal, tidak ada yang tersimpan.</source>
        <translation>Check once more. Finish saves everything in one step; if it fails, nothing is saved.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kota tanda tangan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>tanpa NIP</source>
        <translation>no NIP</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Treasurer</translation>
    </message>
    <message>
        <source>belum dibuat</source>
        <translation>not created yet</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <source>{amount}, {reference}, {day} (dicatat oleh {user})</source>
        <translation>{amount}, {reference}, {day} (recorded by {user})</translation>
    </message>
    <message>
        <source>tanpa alokasi awal</source>
        <translation>no first allocation</translation>
    </message>
    <message>
        <source>Setelah disimpan, Tagana Desk terbuka dan Anda masuk sebagai {user}.</source>
        <translation>Once saved, Tagana Desk opens and you are signed in as {user}.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Batal</source>
        <extracomment>Work that ends sooner never shows the dialog.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{done} dari ±{total} baris…</source>
        <translation>{done} of ±{total} rows…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Ubah pengguna {username}</source>
        <extracomment>Service field names (``ValidationError.field``) → the form&apos;s field keys. The order roles are offered in: the everyday ones first.</extracomment>
        <translation>Edit user {username}</translation>
    </message>
    <message>
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Setiap orang masuk dengan akunnya sendiri; perannya menentukan apa yang boleh ia kerjakan, dan namanya tercatat di log audit.</source>
        <translation>Everyone signs in with an account of their own; its role decides what they may do, and their name is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Nama pengguna tidak dapat diubah. Akun nonaktif tidak dapat masuk, tetapi riwayatnya di log audit tetap ada.</source>
        <translation>The user name cannot be changed. An inactive account cannot sign in, but its history stays in the audit log.</translation>
    </message>
    <message>
        <source>huruf kecil, mis. rina atau rina.k</source>
        <translation>lower case, e.g. rina or rina.k</translation>
    </message>
    <message>
        <source>mis. Rina Kurniasih</source>
        <translation>e.g. Rina Kurniasih</translation>
    </message>
    <message>
        <source>18 digit, boleh kosong</source>
        <translation>18 digits, may be empty</translation>
    </message>
    <message>
        <source>Minimal {n} karakter, berisi huruf dan angka.</source>
        <translation>At least {n} characters, with letters and digits.</translation>
    </message>
    <message>
        <source>Aktif (boleh masuk)</source>
        <translation>Active (may sign in)</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Peran dan status akun Anda sendiri diubah oleh admin lain.</source>
        <translation>The role and status of your own account are changed by another admin.</translation>
    </message>
    <message>
        <source>Kejadian, KK terdampak, impor daftar desa, draf penyaluran.</source>
        <translation>Incidents, affected households, village list imports, draft payments.</translation>
    </message>
    <message>
        <source>Alokasi dana, pembayaran, pembatalan kuitansi, honor, LPJ, tutup bulan.</source>
        <translation>Fund allocations, payments, voiding receipts, stipends, LPJ, closing a month.</translation>
    </message>
    <message>
        <source>Persetujuan pembayaran besar, izin data ganda, buka kembali bulan.</source>
        <translation>Approving large payments, allowing duplicates, reopening a month.</translation>
    </message>
    <message>
        <source>Hanya membaca, termasuk log audit.</source>
        <translation>Read-only, including the audit log.</translation>
    </message>
    <message>
        <source>Pengaturan kantor, pengguna, cadangan dan pemulihan database.</source>
        <translation>Office settings, users, database backup and restore.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Nama pengguna</source>
        <extracomment>The time &quot;Terkunci sampai&quot; is measured against; None = the clock (tests set it).</extracomment>
        <translation>User name</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Login terakhir</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Terlalu banyak kata sandi salah. Terbuka sendiri pada jamnya, atau segera setelah admin mengatur ulang kata sandinya.</source>
        <translation>Too many wrong passwords. It unlocks by itself at that time, or as soon as an admin resets the password.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat melihat dan mengelola pengguna; Anda masuk sebagai {role}.</source>
        <translation>Only {roles} can see and manage users; you are signed in as {role}.</translation>
    </message>
    <message>
        <source>Kata sandi Anda sendiri dapat diubah lewat Berkas → Ubah kata sandi saya…</source>
        <translation>You can change your own password with File → Change my password…</translation>
    </message>
    <message>
        <source>Setiap orang masuk dengan akunnya sendiri. Akun yang tidak dipakai lagi dinonaktifkan, tidak dihapus: namanya tetap tercatat di log audit. Setelah 5 kali kata sandi salah, akun terkunci 15 menit.</source>
        <translation>Everyone signs in with an account of their own. Accounts no longer used are deactivated, not deleted: their names stay in the audit log. After 5 wrong passwords an account is locked for 15 minutes.</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Pengguna baru…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Tambah pengguna (Ctrl+N)</source>
        <translation>Add a user (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Izinkan akun ini masuk lagi</source>
        <translation>Let this account sign in again</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Akun ini tidak dapat masuk lagi; riwayatnya tetap ada</source>
        <translation>This account can no longer sign in; its history is kept</translation>
    </message>
    <message>
        <source>Ubah kata sandi saya…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Pengguna {username} tersimpan.</source>
        <translation>User {username} saved.</translation>
    </message>
    <message>
        <source>Kata sandi {username} diganti.</source>
        <translation>Password of {username} changed.</translation>
    </message>
    <message>
        <source>Akun {username} diaktifkan.</source>
        <translation>Account {username} activated.</translation>
    </message>
    <message>
        <source>Akun {username} dinonaktifkan.</source>
        <translation>Account {username} deactivated.</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptDialog</name>
    <message>
        <source>Periksa kuitansi</source>
        <translation>Verify receipt</translation>
    </message>
    <message>
        <source>Pindai kode QR pada kuitansi, atau tempel teksnya (mulai dengan TGD1|…), lalu tekan Enter. Kode memuat nomor, jumlah dan tanggal kuitansi beserta tanda tangan digital kantor.</source>
        <translation>Scan the QR code on a receipt, or paste its text (starting with TGD1|…), then press Enter. The code holds the receipt&apos;s number, amount and date with the office&apos;s digital signature.</translation>
    </message>
    <message>
        <source>TGD1|0007/BTT/XI/2026|525000|20261125|…</source>
        <translation>TGD1|0007/BTT/XI/2026|525000|20261125|…</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tempel atau pindai kode QR kuitansi dulu.</source>
        <translation>Paste or scan a receipt&apos;s QR code first.</translation>
    </message>
    <message>
        <source>✔ ASLI dan berlaku</source>
        <translation>✔ GENUINE and valid</translation>
    </message>
    <message>
        <source>Belum ada kode yang diperiksa.</source>
        <translation>No code checked yet.</translation>
    </message>
</context>
<context>
    <name>VolunteerDeploymentModel</name>
    <message>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Uang harian</source>
        <translation>Daily allowance</translation>
    </message>
    <message>
        <source>dibayar bersama honor</source>
        <translation>paid with the stipend</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Ubah data relawan</source>
        <extracomment>Service field names (ValidationError.field) → the form&apos;s field keys.</extracomment>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>Tambah relawan</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>Data anggota Tagana dan PSKS untuk honor bulanan dan penugasan. NIK dicek saat diketik; nomor rekening dipakai pada daftar penerimaan honor.</source>
        <translation>Tagana and PSKS member data for monthly stipends and deployments. The NIK is checked as you type; the account number is used on the stipend payment list.</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>nama sesuai KTP, mis. Heri Purnomo</source>
        <translation>name as on the ID card (KTP), e.g. Heri Purnomo</translation>
    </message>
    <message>
        <source>16 digit, mis. 3402081203900001</source>
        <translation>16 digits, e.g. 3402081203900001</translation>
    </message>
    <message>
        <source>mis. 0812 2700 1234</source>
        <translation>e.g. 0812 2700 1234</translation>
    </message>
    <message>
        <source>mis. BPD DIY</source>
        <translation>e.g. BPD DIY</translation>
    </message>
    <message>
        <source>mis. 001.221.334455</source>
        <translation>e.g. 001.221.334455</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>No. rekening</source>
        <translation>Account no.</translation>
    </message>
    <message>
        <source>Keanggotaan</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Nomor Induk Anggota, mis. 34.02.08.0012</source>
        <translation>Member number (NIA), e.g. 34.02.08.0012</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>— pilih {word} —</source>
        <translation>— choose {word} —</translation>
    </message>
    <message>
        <source>Sudah keluar, pada</source>
        <translation>Left on</translation>
    </message>
    <message>
        <source>Aktif (ikut dibayar honor bulanan)</source>
        <translation>Active (paid the monthly stipend)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>NIA</source>
        <translation>NIA</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Joined</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>ketik ulang NIK lengkap dari KTP</source>
        <translation>retype the full NIK from the ID card</translation>
    </message>
    <message>
        <source>NIK 16 digit dari KTP.</source>
        <translation>The 16-digit NIK from the ID card.</translation>
    </message>
    <message>
        <source>{n} dari 16 digit</source>
        <translation>{n} of 16 digits</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Lahir {date} · {sex} · terbit di Kec. {district}, {regency}</source>
        <translation>Born {date} · {sex} · issued in Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <source>Impor relawan dari Excel</source>
        <translation>Import volunteers from Excel</translation>
    </message>
    <message>
        <source>Berkas .xlsx atau .csv dengan baris judul kolom: Nama, NIK, Jenis Relawan, NIA, Tingkat, {kecamatan}, HP, Bank, No. Rekening, Tanggal Bergabung (TMT), Tanggal Keluar. Ketik NIK sebagai teks: angka 16 digit di Excel kehilangan digit terakhirnya dan ditolak. Tanggal boleh berupa tanggal Excel atau ditulis 20/11/2026.</source>
        <translation>An .xlsx or .csv file with a header row: Nama, NIK, Jenis Relawan, NIA, Tingkat, {kecamatan}, HP, Bank, No. Rekening, Tanggal Bergabung (TMT), Tanggal Keluar. Type NIKs as text: a 16-digit number in Excel loses its last digit and is rejected. Dates may be Excel dates or written as 20/11/2026.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Jenis bila tidak ada kolom Jenis:</source>
        <translation>Type when there is no type column:</translation>
    </message>
    <message>
        <source>Simpan laporan masalah…</source>
        <translation>Save problem report…</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pilih daftar relawan</source>
        <translation>Choose a volunteer list</translation>
    </message>
    <message>
        <source>Daftar (*.xlsx *.xlsm *.csv);;Semua berkas (*)</source>
        <translation>Lists (*.xlsx *.xlsm *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Impor relawan</source>
        <translation>Import volunteers</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <source>Menyimpan relawan…</source>
        <translation>Saving volunteers…</translation>
    </message>
    <message>
        <source>{total} baris data: {ok} {ok_word}, {rejected} ditolak, {dup} duplikat.</source>
        <translation>{total} data rows: {ok} {ok_word}, {rejected} rejected, {dup} duplicates.</translation>
    </message>
    <message>
        <source>siap diimpor</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>{n} baris kosong, jumlah atau catatan dilewati.</source>
        <translation>{n} empty, total or note rows skipped.</translation>
    </message>
    <message>
        <source>{n} relawan tersimpan di daftar anggota.</source>
        <translation>{n} volunteers saved to the member list.</translation>
    </message>
    <message>
        <source>Impor {n} baris valid</source>
        <translation>Import {n} valid rows</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>The report could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Laporan tersimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
</context>
<context>
    <name>VolunteerImportPreviewModel</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VolunteerLabels</name>
    <message>
        <source>Muda</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Madya</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>Utama</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Bayar</source>
        <extracomment>Stipend preview actions (``StipendLine.action``) → what the desk reads.</extracomment>
        <translation>Pay</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Already paid</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>tanpa potongan</source>
        <extracomment>Action → (text colour, cell background): to pay blue, paid green, skipped grey.</extracomment>
        <translation>no deduction</translation>
    </message>
    <message>
        <source>{rate} × bruto</source>
        <translation>{rate} × gross</translation>
    </message>
    <message>
        <source>{rate} × {base} bruto</source>
        <translation>{rate} × {base} of gross</translation>
    </message>
</context>
<context>
    <name>VolunteerTypeModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Volunteer type</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Monthly stipend (Rp)</translation>
    </message>
    <message>
        <source>Uang harian (Rp)</source>
        <translation>Daily allowance (Rp)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>In force since</translation>
    </message>
    <message>
        <source>belum ada tarif</source>
        <translation>no rate yet</translation>
    </message>
    <message>
        <source>Tarif baru {amount} berlaku mulai {date}</source>
        <translation>New rate {amount} from {date}</translation>
    </message>
</context>
<context>
    <name>VolunteerTypesTab</name>
    <message>
        <source>Honor bulanan per jenis relawan, uang harian penugasan dan aturan potongan pajaknya. Tarif baru berlaku mulai tanggalnya; perubahan tarif tidak pernah mengubah honor yang sudah dibayar.</source>
        <translation>The monthly stipend per volunteer type, the daily deployment allowance and the tax deduction rule. A new rate applies from its date; changing a rate never changes stipends already paid.</translation>
    </message>
    <message>
        <source>Riwayat tarif</source>
        <translation>Rate history</translation>
    </message>
    <message>
        <source>Tarif baru…</source>
        <translation>New rate…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</source>
        <translation>Only {roles} can change rates; you are signed in as {role}.</translation>
    </message>
    <message>
        <source>Riwayat tarif {code}</source>
        <translation>Rate history of {code}</translation>
    </message>
    <message>
        <source>Tarif {code} tersimpan.</source>
        <translation>Rate for {code} saved.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Tagana</source>
        <translation>Tagana</translation>
    </message>
    <message>
        <source>Relawan Tagana dan PSKS: daftar anggota, honor bulanan dengan daftar penerimaan dan kuitansi, serta penugasan per kejadian.</source>
        <translation>Tagana and PSKS volunteers: the member list, monthly stipends with payment lists and receipts, and deployments per incident.</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Honor bulanan</source>
        <translation>Monthly stipends</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>&amp;Tambah relawan…</source>
        <translation>&amp;Add volunteer…</translation>
    </message>
    <message>
        <source>Ce&amp;tak daftar penerimaan…</source>
        <translation>&amp;Print payment list…</translation>
    </message>
    <message>
        <source>&amp;Tugaskan relawan…</source>
        <translation>&amp;Deploy volunteer…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Selamat datang di Tagana Desk</source>
        <extracomment>Jabatan filled in for a signatory until the person types their own. Field keys of ``setup.first_run_problems`` that belong to this page (by prefix).</extracomment>
        <translation>Welcome to Tagana Desk</translation>
    </message>
    <message>
        <source>Database kantor ini masih kosong. Pilih cara memulai.</source>
        <translation>This office&apos;s database is still empty. Choose how to start.</translation>
    </message>
    <message>
        <source>Siapkan kantor baru</source>
        <translation>Set up a new office</translation>
    </message>
    <message>
        <source>Buka data demo</source>
        <translation>Open the demo data</translation>
    </message>
    <message>
        <source>Isi profil kantor, penandatangan, akun admin dan alokasi awal dana BTT dan HONOR. Semuanya disimpan sekaligus saat Anda menekan Selesai; sebelum itu tidak ada yang ditulis.</source>
        <translation>Fill in the office profile, signatories, the admin account and the first allocations of the BTT and HONOR funds. Everything is saved at once when you press Finish; nothing is written before that.</translation>
    </message>
    <message>
        <source>Lihat Tagana Desk dengan data contoh: Dinas Sosial Kabupaten Bantul, satu tahun kejadian, penyaluran dan honor relawan. Data demo dibuat di file terpisah (demo.db); database kantor tetap kosong dan wizard ini muncul lagi lain kali.</source>
        <translation>See Tagana Desk with sample data: Dinas Sosial Kabupaten Bantul, a year of incidents, aid payments and volunteer stipends. The demo data goes into a separate file (demo.db); the office database stays empty and this wizard appears again next time.</translation>
    </message>
    <message>
        <source>Database kantor: {name}</source>
        <translation>Office database: {name}</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>{app} terkunci</source>
        <extracomment>Input that counts as someone at the desk.</extracomment>
        <translation>{app} locked</translation>
    </message>
</context>
</TS>
