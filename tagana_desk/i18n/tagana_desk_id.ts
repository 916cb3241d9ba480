<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Lucide (ikon)</source>
        <extracomment>Third-party software the program ships with, and the terms it comes under.</extracomment>
        <translation>Lucide (ikon)</translation>
    </message>
    <message>
        <source>Lucide Contributors; sebagian Feather (MIT), Cole Bemis</source>
        <translation>Lucide Contributors; sebagian Feather (MIT), Cole Bemis</translation>
    </message>
    <message>
        <source>Michael Bayer dan kontributor</source>
        <translation>Michael Bayer dan kontributor</translation>
    </message>
    <message>
        <source>Tentang {app}</source>
        <translation>Tentang {app}</translation>
    </message>
    <message>
        <source>{app} versi {version}</source>
        <translation>{app} versi {version}</translation>
    </message>
    <message>
        <source>Meja piket siaga bencana Dinas Sosial: kejadian, KK terdampak, dana insidentil, honor Tagana, kuitansi dan LPJ.</source>
        <translation>Meja piket siaga bencana Dinas Sosial: kejadian, KK terdampak, dana insidentil, honor Tagana, kuitansi dan LPJ.</translation>
    </message>
    <message>
        <source>Salin ke papan klip</source>
        <translation>Salin ke papan klip</translation>
    </message>
    <message>
        <source>Salin versi, letak database dan lisensi, mis. untuk laporan ke dukungan</source>
        <translation>Salin versi, letak database dan lisensi, mis. untuk laporan ke dukungan</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Folder data</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Python / Qt</source>
        <translation>Python / Qt</translation>
    </message>
    <message>
        <source>Perangkat lunak pihak ketiga:</source>
        <translation>Perangkat lunak pihak ketiga:</translation>
    </message>
    <message>
        <source>{app} diterbitkan dengan lisensi {licence}. Program ini memakai perangkat lunak pihak ketiga berikut, masing-masing dengan lisensinya sendiri. Qt dan PySide6 dipakai di bawah LGPL versi 3: Anda boleh mengganti pustaka Qt yang terpasang dengan versi lain yang kompatibel.</source>
        <translation>{app} diterbitkan dengan lisensi {licence}. Program ini memakai perangkat lunak pihak ketiga berikut, masing-masing dengan lisensinya sendiri. Qt dan PySide6 dipakai di bawah LGPL versi 3: Anda boleh mengganti pustaka Qt yang terpasang dengan versi lain yang kompatibel.</translation>
    </message>
    <message>
        <source>Lisensi dan pihak ketiga</source>
        <translation>Lisensi dan pihak ketiga</translation>
    </message>
    <message>
        <source>Tersalin</source>
        <translation>Tersalin</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin pertama</source>
        <translation>Admin pertama</translation>
    </message>
    <message>
        <source>Admin mengatur profil kantor, pengguna dan pengaturan. Ia tidak membayar dan tidak menambah dana: itu tugas bendahara.</source>
        <translation>Admin mengatur profil kantor, pengguna dan pengaturan. Ia tidak membayar dan tidak menambah dana: itu tugas bendahara.</translation>
    </message>
    <message>
        <source>mis. admin</source>
        <translation>mis. admin</translation>
    </message>
    <message>
        <source>mis. Rina Kusumawati</source>
        <translation>mis. Rina Kusumawati</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Nama pengguna: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf. Kata sandi minimal 8 karakter, berisi huruf dan angka.</source>
        <translation>Nama pengguna: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf. Kata sandi minimal 8 karakter, berisi huruf dan angka.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>AidTypeModel</name>
    <message>
        <source>belum ada tarif</source>
        <translation>belum ada tarif</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Tunai/barang</source>
        <translation>Tunai/barang</translation>
    </message>
    <message>
        <source>Dasar</source>
        <translation>Dasar</translation>
    </message>
    <message>
        <source>Syarat</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Tarif berlaku</source>
        <translation>Tarif berlaku</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>{name} (tidak aktif)</source>
        <translation>{name} (tidak aktif)</translation>
    </message>
    <message>
        <source> ({days} hari)</source>
        <translation> ({days} hari)</translation>
    </message>
    <message>
        <source>dana bencana</source>
        <translation>dana bencana</translation>
    </message>
</context>
<context>
    <name>AidTypesTab</name>
    <message>
        <source>Perubahan tarif tidak mengubah pembayaran yang sudah dilakukan.</source>
        <translation>Perubahan tarif tidak mengubah pembayaran yang sudah dilakukan.</translation>
    </message>
    <message>
        <source>Riwayat tarif</source>
        <translation>Riwayat tarif</translation>
    </message>
    <message>
        <source>Tarif baru…</source>
        <translation>Tarif baru…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</source>
        <translation>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source>Pilih satu jenis bantuan.</source>
        <translation>Pilih satu jenis bantuan.</translation>
    </message>
    <message>
        <source>Riwayat tarif {code}</source>
        <translation>Riwayat tarif {code}</translation>
    </message>
    <message>
        <source>{n} tarif tercatat. Tarif dengan tanggal mulai di masa depan terjadwal dan baru dipakai sejak tanggalnya.</source>
        <translation>{n} tarif tercatat. Tarif dengan tanggal mulai di masa depan terjadwal dan baru dipakai sejak tanggalnya.</translation>
    </message>
</context>
<context>
    <name>AllocateDialog</name>
    <message>
        <source>Tambah alokasi dana</source>
        <translation>Tambah alokasi dana</translation>
    </message>
    <message>
        <source>Catat uang yang masuk ke dana, mis. pencairan BTT berdasarkan SK Bupati. Alokasi yang sudah tersimpan tidak dapat diubah atau dihapus.</source>
        <translation>Catat uang yang masuk ke dana, mis. pencairan BTT berdasarkan SK Bupati. Alokasi yang sudah tersimpan tidak dapat diubah atau dihapus.</translation>
    </message>
    <message>
        <source>mis. 1.500.000.000</source>
        <translation>mis. 1.500.000.000</translation>
    </message>
    <message>
        <source>mis. SK Bupati 188/123/2026</source>
        <translation>mis. SK Bupati 188/123/2026</translation>
    </message>
    <message>
        <source>mis. APBD Kabupaten, CSR Bank BPD</source>
        <translation>mis. APBD Kabupaten, CSR Bank BPD</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Dasar alokasi</source>
        <translation>Dasar alokasi</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Jumlah wajib diisi.</source>
        <translation>Jumlah wajib diisi.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>ApprovalsTab</name>
    <message>
        <source>Hanya {roles} yang dapat menyetujui atau menolak; Anda masuk sebagai {role} dan melihat daftar ini saja.</source>
        <extracomment>The number of commitments waiting changed (for the tab title). Receipt numbers to preview and print.</extracomment>
        <translation>Hanya {roles} yang dapat menyetujui atau menolak; Anda masuk sebagai {role} dan melihat daftar ini saja.</translation>
    </message>
    <message>
        <source>Menyetujui berarti membayar hari ini: kuitansi terbit dan saldo dana berkurang. Menolak membebaskan dana yang dicadangkan.</source>
        <translation>Menyetujui berarti membayar hari ini: kuitansi terbit dan saldo dana berkurang. Menolak membebaskan dana yang dicadangkan.</translation>
    </message>
    <message>
        <source>Tolak…</source>
        <translation>Tolak…</translation>
    </message>
    <message>
        <source>Setujui…</source>
        <translation>Setujui…</translation>
    </message>
    <message>
        <source>{n} menunggu persetujuan · {amount} dicadangkan</source>
        <translation>{n} menunggu persetujuan · {amount} dicadangkan</translation>
    </message>
    <message>
        <source>Tidak ada pembayaran yang menunggu persetujuan.</source>
        <translation>Tidak ada pembayaran yang menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Pilih satu baris untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>{aid} · {amount} · {name} ({nik})</source>
        <translation>{aid} · {amount} · {name} ({nik})</translation>
    </message>
    <message>
        <source>Kejadian: {incident}
Perhitungan: {computation}
Diajukan oleh {user} untuk tanggal {date}; dibayar dari dana {fund}.</source>
        <translation>Kejadian: {incident}
Perhitungan: {computation}
Diajukan oleh {user} untuk tanggal {date}; dibayar dari dana {fund}.</translation>
    </message>
    <message>
        <source>Setujui pembayaran</source>
        <translation>Setujui pembayaran</translation>
    </message>
    <message>
        <source>Setujui {aid} sebesar {amount} untuk {name} ({incident})? Pembayaran dicatat hari ini dan kuitansinya terbit.</source>
        <translation>Setujui {aid} sebesar {amount} untuk {name} ({incident})? Pembayaran dicatat hari ini dan kuitansinya terbit.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Setujui dan bayar</source>
        <translation>Setujui dan bayar</translation>
    </message>
    <message>
        <source>Tolak pembayaran</source>
        <translation>Tolak pembayaran</translation>
    </message>
    <message>
        <source>Tolak {aid} sebesar {amount} untuk {name}? Dana yang dicadangkan kembali tersedia; KK ini dapat diajukan lagi nanti.</source>
        <translation>Tolak {aid} sebesar {amount} untuk {name}? Dana yang dicadangkan kembali tersedia; KK ini dapat diajukan lagi nanti.</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Alasan penolakan</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>mis. RAB belum diverifikasi</source>
        <translation>mis. RAB belum diverifikasi</translation>
    </message>
    <message>
        <source>Disetujui dan dibayar: {amount} untuk {name}, kuitansi {number}. &lt;a href=&quot;print&quot;&gt;Cetak kuitansi…&lt;/a&gt;</source>
        <translation>Disetujui dan dibayar: {amount} untuk {name}, kuitansi {number}. &lt;a href=&quot;print&quot;&gt;Cetak kuitansi…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Ditolak: {aid} untuk {name}; dananya kembali tersedia.</source>
        <translation>Ditolak: {aid} untuk {name}; dananya kembali tersedia.</translation>
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
        <translation>Log audit hanya dapat dilihat oleh peran {roles}.</translation>
    </message>
    <message>
        <source>Anda masuk sebagai {role}. Minta admin bila Anda memerlukan akses.</source>
        <translation>Anda masuk sebagai {role}. Minta admin bila Anda memerlukan akses.</translation>
    </message>
    <message>
        <source>Setiap perubahan data tercatat di sini: siapa, kapan, apa. Catatan berantai sehingga perubahan diam-diam dapat ketahuan. Hanya-baca.</source>
        <translation>Setiap perubahan data tercatat di sini: siapa, kapan, apa. Catatan berantai sehingga perubahan diam-diam dapat ketahuan. Hanya-baca.</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Cari ID, alasan atau isi… (Ctrl+F)</source>
        <translation>Cari ID, alasan atau isi… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Simpan semua peristiwa yang cocok dengan saringan sebagai CSV (Excel)</source>
        <translation>Simpan semua peristiwa yang cocok dengan saringan sebagai CSV (Excel)</translation>
    </message>
    <message>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Pilih satu baris untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>Semua entitas</source>
        <translation>Semua entitas</translation>
    </message>
    <message>
        <source>Tidak ada peristiwa yang cocok.</source>
        <translation>Tidak ada peristiwa yang cocok.</translation>
    </message>
    <message>
        <source>{shown} dari {total} peristiwa, terbaru di atas</source>
        <translation>{shown} dari {total} peristiwa, terbaru di atas</translation>
    </message>
    <message>
        <source>{total} peristiwa, terbaru di atas</source>
        <translation>{total} peristiwa, terbaru di atas</translation>
    </message>
    <message>
        <source>Ekspor log audit</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Menulis {n} peristiwa ke {name}…</source>
        <translation>Menulis {n} peristiwa ke {name}…</translation>
    </message>
    <message>
        <source>{n} peristiwa diekspor ke {path}</source>
        <translation>{n} peristiwa diekspor ke {path}</translation>
    </message>
    <message>
        <source>CSV tidak dapat disimpan: {reason}</source>
        <translation>CSV tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>#{seq} · {time} · {user} · {action} · {entity} ID {id}</source>
        <translation>#{seq} · {time} · {user} · {action} · {entity} ID {id}</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Waktu</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Aksi</source>
        <translation>Aksi</translation>
    </message>
    <message>
        <source>Entitas</source>
        <translation>Entitas</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Tutup pemberitahuan</source>
        <extracomment>Active volunteers offered in the deployment dialog (as on Tagana → Penugasan).</extracomment>
        <translation>Tutup pemberitahuan</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Bayar per kelompok</source>
        <translation>Bayar per kelompok</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Dibayar sekarang</source>
        <translation>Dibayar sekarang</translation>
    </message>
    <message>
        <source>Menunggu persetujuan Kepala</source>
        <translation>Menunggu persetujuan Kepala</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Kurang</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Bayar semua…</source>
        <translation>Bayar semua…</translation>
    </message>
    <message>
        <source>Cetak kuitansi baru…</source>
        <translation>Cetak kuitansi baru…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Hanya Bendahara yang dapat membayar.</source>
        <translation>Hanya Bendahara yang dapat membayar.</translation>
    </message>
    <message>
        <source>{n} KK · {amount}</source>
        <translation>{n} KK · {amount}</translation>
    </message>
    <message>
        <source>{n} KK</source>
        <translation>{n} KK</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Tersedia {fund}</translation>
    </message>
    <message>
        <source>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available}. Tambah alokasi dulu; kelompok ini dibayar semua atau tidak sama sekali.</source>
        <translation>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available}. Tambah alokasi dulu; kelompok ini dibayar semua atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Tidak ada KK yang perlu dibayar untuk bantuan ini; lihat keterangannya.</source>
        <translation>Tidak ada KK yang perlu dibayar untuk bantuan ini; lihat keterangannya.</translation>
    </message>
    <message>
        <source>Dibutuhkan {needed} dari dana {fund} (termasuk yang menunggu persetujuan). Semua dibayar sekaligus, atau tidak sama sekali.</source>
        <translation>Dibutuhkan {needed} dari dana {fund} (termasuk yang menunggu persetujuan). Semua dibayar sekaligus, atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Bayar {aid} untuk {n} KK sekarang ({amount})?</source>
        <translation>Bayar {aid} untuk {n} KK sekarang ({amount})?</translation>
    </message>
    <message>
        <source>Semua dibayar sekaligus, atau tidak sama sekali.</source>
        <translation>Semua dibayar sekaligus, atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>{n} KK ({amount}) diajukan ke Kepala dan dananya dicadangkan.</source>
        <translation>{n} KK ({amount}) diajukan ke Kepala dan dananya dicadangkan.</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Membayar…</source>
        <translation>Membayar…</translation>
    </message>
    <message>
        <source>{n} KK dibayar</source>
        <translation>{n} KK dibayar</translation>
    </message>
    <message>
        <source> (kuitansi {first})</source>
        <translation> (kuitansi {first})</translation>
    </message>
    <message>
        <source> (kuitansi {first} s.d. {last})</source>
        <translation> (kuitansi {first} s.d. {last})</translation>
    </message>
    <message>
        <source>{n} KK menunggu persetujuan Kepala</source>
        <translation>{n} KK menunggu persetujuan Kepala</translation>
    </message>
    <message>
        <source>{n} KK dilewati</source>
        <translation>{n} KK dilewati</translation>
    </message>
    <message>
        <source>Selesai: {parts}. Total {total}.</source>
        <translation>Selesai: {parts}. Total {total}.</translation>
    </message>
</context>
<context>
    <name>BatchPreviewModel</name>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
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
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Perhitungan</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Rp{n} rb</source>
        <extracomment>Series colours: cash in the accent blue, in-kind lighter, stipends ochre.</extracomment>
        <translation>Rp{n} rb</translation>
    </message>
    <message>
        <source>Rp{n} jt</source>
        <translation>Rp{n} jt</translation>
    </message>
    <message>
        <source>Rp juta</source>
        <translation>Rp juta</translation>
    </message>
    <message>
        <source>Tunai</source>
        <extracomment>``cash``, ``in_kind``, ``stipends`` → the bar set (values in whole rupiah).</extracomment>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Honor relawan</translation>
    </message>
    <message>
        <source>{month} · {what}: {amount}
Jumlah bulan ini: {total}</source>
        <translation>{month} · {what}: {amount}
Jumlah bulan ini: {total}</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Beranda</source>
        <extracomment>The page has shown its data (the smoke run waits for this). Loading failed (the message shown). A card asks for a page: ``kejadian``, ``penerima``, ``penyaluran``, ``dana``, ``laporan``. The office&apos;s today; tests fix it.</extracomment>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Kejadian terbuka</source>
        <translation>Kejadian terbuka</translation>
    </message>
    <message>
        <source>Buka halaman Kejadian (Enter)</source>
        <translation>Buka halaman Kejadian (Enter)</translation>
    </message>
    <message>
        <source>KK terdampak bulan ini</source>
        <translation>KK terdampak bulan ini</translation>
    </message>
    <message>
        <source>Buka halaman Penerima (Enter)</source>
        <translation>Buka halaman Penerima (Enter)</translation>
    </message>
    <message>
        <source>Dibayar bulan ini</source>
        <translation>Dibayar bulan ini</translation>
    </message>
    <message>
        <source>Buka halaman Penyaluran (Enter)</source>
        <translation>Buka halaman Penyaluran (Enter)</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Pembayaran di atas batas persetujuan yang menunggu Kepala; uangnya sudah dicadangkan. Buka halaman Penyaluran (Enter)</source>
        <translation>Pembayaran di atas batas persetujuan yang menunggu Kepala; uangnya sudah dicadangkan. Buka halaman Penyaluran (Enter)</translation>
    </message>
    <message>
        <source>Bulan belum ditutup</source>
        <translation>Bulan belum ditutup</translation>
    </message>
    <message>
        <source>Bulan yang sudah berakhir tetapi belum ditutup setelah LPJ. Buka halaman Laporan (Enter)</source>
        <translation>Bulan yang sudah berakhir tetapi belum ditutup setelah LPJ. Buka halaman Laporan (Enter)</translation>
    </message>
    <message>
        <source>Saldo tersedia per dana</source>
        <translation>Saldo tersedia per dana</translation>
    </message>
    <message>
        <source>Belum ada dana.</source>
        <translation>Belum ada dana.</translation>
    </message>
    <message>
        <source>Belum ada penyaluran atau honor dalam 12 bulan terakhir.</source>
        <translation>Belum ada penyaluran atau honor dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>Penyaluran per bulan</source>
        <translation>Penyaluran per bulan</translation>
    </message>
    <message>
        <source>Belum ada bantuan dibayarkan dalam 12 bulan terakhir.</source>
        <translation>Belum ada bantuan dibayarkan dalam 12 bulan terakhir.</translation>
    </message>
    <message>
        <source>Menurut jenis bantuan (12 bulan)</source>
        <translation>Menurut jenis bantuan (12 bulan)</translation>
    </message>
    <message>
        <source>Profil kantor belum diisi (Pengaturan → Kantor).</source>
        <translation>Profil kantor belum diisi (Pengaturan → Kantor).</translation>
    </message>
    <message>
        <source>{office} · keadaan {date}</source>
        <translation>{office} · keadaan {date}</translation>
    </message>
    <message>
        <source>sedang ditangani</source>
        <translation>sedang ditangani</translation>
    </message>
    <message>
        <source>didaftar {month}</source>
        <translation>didaftar {month}</translation>
    </message>
    <message>
        <source>kuitansi sah {month}</source>
        <translation>kuitansi sah {month}</translation>
    </message>
    <message>
        <source>senilai {amount}</source>
        <translation>senilai {amount}</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>semua sudah ditutup</source>
        <translation>semua sudah ditutup</translation>
    </message>
    <message>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <source>{code} · tersedia</source>
        <translation>{code} · tersedia</translation>
    </message>
    <message>
        <source>{name}
Saldo {balance} − komitmen {committed}. Buka halaman Dana (Enter)</source>
        <translation>{name}
Saldo {balance} − komitmen {committed}. Buka halaman Dana (Enter)</translation>
    </message>
    <message>
        <source>komitmen {amount}</source>
        <translation>komitmen {amount}</translation>
    </message>
    <message>
        <source> · dana bencana</source>
        <translation> · dana bencana</translation>
    </message>
</context>
<context>
    <name>DatabaseTools</name>
    <message>
        <source>File cadangan tidak ditemukan: {path}</source>
        <translation>File cadangan tidak ditemukan: {path}</translation>
    </message>
    <message>
        <source>File cadangan sama dengan database yang dipakai.</source>
        <translation>File cadangan sama dengan database yang dipakai.</translation>
    </message>
    <message>
        <source>{path} kosong; bukan cadangan Tagana Desk.</source>
        <translation>{path} kosong; bukan cadangan Tagana Desk.</translation>
    </message>
    <message>
        <source>&amp;Cadangkan database…</source>
        <translation>&amp;Cadangkan database…</translation>
    </message>
    <message>
        <source>P&amp;ulihkan dari cadangan…</source>
        <translation>P&amp;ulihkan dari cadangan…</translation>
    </message>
    <message>
        <source>Salin database ke sebuah file cadangan</source>
        <translation>Salin database ke sebuah file cadangan</translation>
    </message>
    <message>
        <source>Ganti database dengan isi sebuah file cadangan</source>
        <translation>Ganti database dengan isi sebuah file cadangan</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mencadangkan dan memulihkan database.</source>
        <translation>Hanya {roles} yang dapat mencadangkan dan memulihkan database.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Database ini berada di server PostgreSQL: {name}.</source>
        <translation>Database ini berada di server PostgreSQL: {name}.</translation>
    </message>
    <message>
        <source>Cadangan dan pemulihan database server dilakukan pengelola server dengan {tool} (pg_dump untuk mencadangkan, pg_restore untuk memulihkan), bukan dari program ini.</source>
        <translation>Cadangan dan pemulihan database server dilakukan pengelola server dengan {tool} (pg_dump untuk mencadangkan, pg_restore untuk memulihkan), bukan dari program ini.</translation>
    </message>
    <message>
        <source>Cadangkan database</source>
        <translation>Cadangkan database</translation>
    </message>
    <message>
        <source>Database SQLite (*.db)</source>
        <translation>Database SQLite (*.db)</translation>
    </message>
    <message>
        <source>File cadangan tidak boleh sama dengan database yang dipakai.</source>
        <translation>File cadangan tidak boleh sama dengan database yang dipakai.</translation>
    </message>
    <message>
        <source>Cadangan ditulis: {path}</source>
        <translation>Cadangan ditulis: {path}</translation>
    </message>
    <message>
        <source>Cadangan database ditulis.</source>
        <translation>Cadangan database ditulis.</translation>
    </message>
    <message>
        <source>{path}

Simpan salinannya juga di luar komputer ini (flashdisk, server).</source>
        <translation>{path}

Simpan salinannya juga di luar komputer ini (flashdisk, server).</translation>
    </message>
    <message>
        <source>Cadangan gagal</source>
        <translation>Cadangan gagal</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Pilih file cadangan</source>
        <translation>Pilih file cadangan</translation>
    </message>
    <message>
        <source>Database SQLite (*.db *.sqlite);;Semua file (*)</source>
        <translation>Database SQLite (*.db *.sqlite);;Semua file (*)</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat dipulihkan</source>
        <translation>Cadangan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>Database yang sedang dipakai tidak diubah.</source>
        <translation>Database yang sedang dipakai tidak diubah.</translation>
    </message>
    <message>
        <source>Memulihkan database dari {name}…</source>
        <translation>Memulihkan database dari {name}…</translation>
    </message>
    <message>
        <source>Database dipulihkan</source>
        <translation>Database dipulihkan</translation>
    </message>
    <message>
        <source>Database dipulihkan dari {source}. {app} akan ditutup sekarang; buka kembali untuk bekerja dengan data hasil pemulihan.</source>
        <translation>Database dipulihkan dari {source}. {app} akan ditutup sekarang; buka kembali untuk bekerja dengan data hasil pemulihan.</translation>
    </message>
    <message>
        <source>Database sebelumnya disimpan di {kept}.</source>
        <translation>Database sebelumnya disimpan di {kept}.</translation>
    </message>
    <message>
        <source>Tutup program</source>
        <translation>Tutup program</translation>
    </message>
    <message>
        <source>Pemulihan gagal</source>
        <translation>Pemulihan gagal</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>wajib diisi</source>
        <extracomment>A red confirm button for what cannot be undone (a void).</extracomment>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>boleh dikosongkan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <source>Membuat data demo: {step}…</source>
        <extracomment>KK in the demo the wizard builds (as ``tagana-desk demo``: seconds, not minutes). The wizard&apos;s size: its pages fit without scrolling, and it fits a 1366×768 screen.</extracomment>
        <translation>Membuat data demo: {step}…</translation>
    </message>
</context>
<context>
    <name>DeploymentDialog</name>
    <message>
        <source>Tugaskan relawan</source>
        <translation>Tugaskan relawan</translation>
    </message>
    <message>
        <source>Catat relawan yang diterjunkan ke sebuah kejadian. Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan.</source>
        <translation>Catat relawan yang diterjunkan ke sebuah kejadian. Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan.</translation>
    </message>
    <message>
        <source>ketik nama atau NIA</source>
        <translation>ketik nama atau NIA</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <source>mis. dapur umum, evakuasi, asesmen</source>
        <translation>mis. dapur umum, evakuasi, asesmen</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} hari</translation>
    </message>
    <message>
        <source>Belum ada kejadian; catat kejadiannya dulu.</source>
        <translation>Belum ada kejadian; catat kejadiannya dulu.</translation>
    </message>
    <message>
        <source>Pilih relawan dari daftar.</source>
        <translation>Pilih relawan dari daftar.</translation>
    </message>
</context>
<context>
    <name>DeploymentTab</name>
    <message>
        <source>Kejadian:</source>
        <extracomment>Incidents offered in the picker (newest first). Active volunteers offered in the dialog.</extracomment>
        <translation>Kejadian:</translation>
    </message>
    <message>
        <source>Tugaskan relawan…</source>
        <translation>Tugaskan relawan…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menugaskan relawan.</source>
        <translation>Hanya {roles} yang dapat menugaskan relawan.</translation>
    </message>
    <message>
        <source>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</source>
        <translation>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</translation>
    </message>
    <message>
        <source>— belum ada kejadian —</source>
        <translation>— belum ada kejadian —</translation>
    </message>
    <message>
        <source>Belum ada kejadian yang dicatat.</source>
        <translation>Belum ada kejadian yang dicatat.</translation>
    </message>
    <message>
        <source>Belum ada relawan yang ditugaskan ke kejadian ini.</source>
        <translation>Belum ada relawan yang ditugaskan ke kejadian ini.</translation>
    </message>
    <message>
        <source>{n} relawan ditugaskan, {days} hari-orang.</source>
        <translation>{n} relawan ditugaskan, {days} hari-orang.</translation>
    </message>
</context>
<context>
    <name>Dialog</name>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DisbursementModel</name>
    <message>
        <source>No. kuitansi</source>
        <translation>No. kuitansi</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
</context>
<context>
    <name>DtksImportDialog</name>
    <message>
        <source>Impor DTKS/DTSEN</source>
        <translation>Impor DTKS/DTSEN</translation>
    </message>
    <message>
        <source>Ekstrak DTKS/DTSEN dari Pusdatin (.xlsx atau .csv) dengan kolom NIK; No. KK dan desil dibaca bila ada. KK terdampak ditandai masuk DTKS bila NIK kepala keluarga atau No. KK-nya tercantum di salah satu ekstrak yang diimpor. Ekstrak per desa saling melengkapi.</source>
        <translation>Ekstrak DTKS/DTSEN dari Pusdatin (.xlsx atau .csv) dengan kolom NIK; No. KK dan desil dibaca bila ada. KK terdampak ditandai masuk DTKS bila NIK kepala keluarga atau No. KK-nya tercantum di salah satu ekstrak yang diimpor. Ekstrak per desa saling melengkapi.</translation>
    </message>
    <message>
        <source>Tanggal ekstrak</source>
        <translation>Tanggal ekstrak</translation>
    </message>
    <message>
        <source>Ekstrak lengkap: ganti semua data DTKS yang diimpor sebelumnya</source>
        <translation>Ekstrak lengkap: ganti semua data DTKS yang diimpor sebelumnya</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Pilih berkas; impor langsung dimulai</source>
        <translation>Pilih berkas; impor langsung dimulai</translation>
    </message>
    <message>
        <source>Pilih berkas dan impor…</source>
        <translation>Pilih berkas dan impor…</translation>
    </message>
    <message>
        <source>Baris data</source>
        <translation>Baris data</translation>
    </message>
    <message>
        <source>NIK tersimpan</source>
        <translation>NIK tersimpan</translation>
    </message>
    <message>
        <source>NIK berulang</source>
        <translation>NIK berulang</translation>
    </message>
    <message>
        <source>Baris ditolak</source>
        <translation>Baris ditolak</translation>
    </message>
    <message>
        <source>KK masuk DTKS</source>
        <translation>KK masuk DTKS</translation>
    </message>
    <message>
        <source>KK di luar DTKS</source>
        <translation>KK di luar DTKS</translation>
    </message>
    <message>
        <source>Masalah per baris</source>
        <translation>Masalah per baris</translation>
    </message>
    <message>
        <source>Pilih ekstrak DTKS/DTSEN</source>
        <translation>Pilih ekstrak DTKS/DTSEN</translation>
    </message>
    <message>
        <source>Ekstrak DTKS/DTSEN (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Ekstrak DTKS/DTSEN (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Mengimpor {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>Impor selesai: {stored} NIK dari {name} disimpan; status DTKS semua KK terdampak diperbarui.</source>
        <translation>Impor selesai: {stored} NIK dari {name} disimpan; status DTKS semua KK terdampak diperbarui.</translation>
    </message>
    <message>
        <source>Masalah per baris ({n})</source>
        <translation>Masalah per baris ({n})</translation>
    </message>
    <message>
        <source>Masalah per baris: tidak ada</source>
        <translation>Masalah per baris: tidak ada</translation>
    </message>
    <message>
        <source>Baris {row}, kolom {column}: {message}</source>
        <translation>Baris {row}, kolom {column}: {message}</translation>
    </message>
    <message>
        <source>Simpan laporan impor DTKS/DTSEN</source>
        <translation>Simpan laporan impor DTKS/DTSEN</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Semua keputusan</source>
        <translation>Semua keputusan</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Bukan duplikat…</source>
        <translation>Bukan duplikat…</translation>
    </message>
    <message>
        <source>Dua keluarga yang berbeda: tanda dihapus</source>
        <translation>Dua keluarga yang berbeda: tanda dihapus</translation>
    </message>
    <message>
        <source>Gabungkan…</source>
        <translation>Gabungkan…</translation>
    </message>
    <message>
        <source>Orang yang sama: KK yang ditandai digabungkan ke KK yang mirip</source>
        <translation>Orang yang sama: KK yang ditandai digabungkan ke KK yang mirip</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat memutuskan; Anda {role}.</source>
        <translation>Hanya {roles} yang dapat memutuskan; Anda {role}.</translation>
    </message>
    <message>
        <source>Pilih satu tanda untuk melihat kedua KK.</source>
        <translation>Pilih satu tanda untuk melihat kedua KK.</translation>
    </message>
    <message>
        <source>KK yang ditandai</source>
        <translation>KK yang ditandai</translation>
    </message>
    <message>
        <source>Mirip dengan</source>
        <translation>Mirip dengan</translation>
    </message>
    <message>
        <source>Tidak ada kemungkinan duplikat yang menunggu keputusan.</source>
        <translation>Tidak ada kemungkinan duplikat yang menunggu keputusan.</translation>
    </message>
    <message>
        <source>{n} tanda menunggu keputusan</source>
        <translation>{n} tanda menunggu keputusan</translation>
    </message>
    <message>
        <source>Tidak ada tanda.</source>
        <translation>Tidak ada tanda.</translation>
    </message>
    <message>
        <source>{n} tanda</source>
        <translation>{n} tanda</translation>
    </message>
    <message>
        <source>{n} tanda pertama (gulir untuk selebihnya)</source>
        <translation>{n} tanda pertama (gulir untuk selebihnya)</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Alasan: {reason}</translation>
    </message>
    <message>
        <source>Bukan duplikat: dua keluarga berbeda, keduanya tetap terdaftar. Gabungkan: orang yang sama; KK yang ditandai dinonaktifkan dan tidak dihitung lagi.</source>
        <translation>Bukan duplikat: dua keluarga berbeda, keduanya tetap terdaftar. Gabungkan: orang yang sama; KK yang ditandai dinonaktifkan dan tidak dihitung lagi.</translation>
    </message>
    <message>
        <source>Diputuskan oleh {user}: {decision}.</source>
        <translation>Diputuskan oleh {user}: {decision}.</translation>
    </message>
    <message>
        <source>Catatan: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>Bukan duplikat</source>
        <translation>Bukan duplikat</translation>
    </message>
    <message>
        <source>{a} (kejadian #{ia}) dan {b} (kejadian #{ib}) adalah dua keluarga yang berbeda? Keduanya tetap terdaftar dan tanda ini ditutup.</source>
        <translation>{a} (kejadian #{ia}) dan {b} (kejadian #{ib}) adalah dua keluarga yang berbeda? Keduanya tetap terdaftar dan tanda ini ditutup.</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>boleh dikosongkan, mis. sudah dicek ke kalurahan</source>
        <translation>boleh dikosongkan, mis. sudah dicek ke kalurahan</translation>
    </message>
    <message>
        <source>Gabungkan</source>
        <translation>Gabungkan</translation>
    </message>
    <message>
        <source>{a} (kejadian #{ia}) akan digabungkan ke {b} (kejadian #{ib}): data {a} dinonaktifkan dan tidak dihitung lagi. Tidak dapat dibatalkan di sini.</source>
        <translation>{a} (kejadian #{ia}) akan digabungkan ke {b} (kejadian #{ib}): data {a} dinonaktifkan dan tidak dihitung lagi. Tidak dapat dibatalkan di sini.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>wajib, mis. NIK salah ketik, orang yang sama</source>
        <translation>wajib, mis. NIK salah ketik, orang yang sama</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database sedang dipakai komputer lain; coba lagi sebentar lagi.</source>
        <translation>Database sedang dipakai komputer lain; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>Database tidak dapat dipakai: {reason}</source>
        <translation>Database tidak dapat dipakai: {reason}</translation>
    </message>
    <message>
        <source>Terjadi kesalahan tak terduga ({kind}: {text}).</source>
        <translation>Terjadi kesalahan tak terduga ({kind}: {text}).</translation>
    </message>
    <message>
        <source>(log tidak dapat ditulis)</source>
        <translation>(log tidak dapat ditulis)</translation>
    </message>
    <message>
        <source>Kesalahan tak terduga</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi periksa apakah pekerjaan terakhir Anda tersimpan.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan, tetapi periksa apakah pekerjaan terakhir Anda tersimpan.</translation>
    </message>
    <message>
        <source>Rincian dicatat di {path}. Sampaikan kepada admin.</source>
        <translation>Rincian dicatat di {path}. Sampaikan kepada admin.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tidak dapat dilanjutkan</source>
        <translation>Tidak dapat dilanjutkan</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Persiapan pertama — {app}</source>
        <extracomment>The setup was written; the new admin is signed in. The demo database is ready for the login.</extracomment>
        <translation>Persiapan pertama — {app}</translation>
    </message>
    <message>
        <source>&lt; Kembali</source>
        <translation>&lt; Kembali</translation>
    </message>
    <message>
        <source>Lanjut &gt;</source>
        <translation>Lanjut &gt;</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Buka demo</source>
        <translation>Buka demo</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Menyiapkan…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Data demo</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Menyiapkan data demo Kabupaten Bantul…</source>
        <translation>Menyiapkan data demo Kabupaten Bantul…</translation>
    </message>
    <message>
        <source>Data demo Dinas Sosial Kabupaten Bantul. Masuk sebagai admin, operator, bendahara, kepala atau auditor; kata sandi semuanya: demo</source>
        <translation>Data demo Dinas Sosial Kabupaten Bantul. Masuk sebagai admin, operator, bendahara, kepala atau auditor; kata sandi semuanya: demo</translation>
    </message>
    <message>
        <source>Batalkan persiapan</source>
        <translation>Batalkan persiapan</translation>
    </message>
    <message>
        <source>Batalkan persiapan pertama?</source>
        <translation>Batalkan persiapan pertama?</translation>
    </message>
    <message>
        <source>Belum ada yang disimpan. Wizard ini muncul lagi saat Tagana Desk dibuka berikutnya.</source>
        <translation>Belum ada yang disimpan. Wizard ini muncul lagi saat Tagana Desk dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Ya, batalkan</source>
        <translation>Ya, batalkan</translation>
    </message>
    <message>
        <source>Lanjutkan mengisi</source>
        <translation>Lanjutkan mengisi</translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>KK ditandai</source>
        <translation>KK ditandai</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Mirip dengan</source>
        <translation>Mirip dengan</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <source>Dana dan alokasi awal</source>
        <translation>Dana dan alokasi awal</translation>
    </message>
    <message>
        <source>Dana BTT dan HONOR dibuat otomatis. Alokasi awal boleh dikosongkan dan ditambah nanti di halaman Dana.</source>
        <translation>Dana BTT dan HONOR dibuat otomatis. Alokasi awal boleh dikosongkan dan ditambah nanti di halaman Dana.</translation>
    </message>
    <message>
        <source>Dana</source>
        <extracomment>Ledger lines read per batch as the table scrolls.</extracomment>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Alokasi awal (Rp)</source>
        <translation>Alokasi awal (Rp)</translation>
    </message>
    <message>
        <source>Dasar alokasi</source>
        <translation>Dasar alokasi</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>BTT — Belanja Tidak Terduga</source>
        <translation>BTT — Belanja Tidak Terduga</translation>
    </message>
    <message>
        <source>HONOR — Honor relawan</source>
        <translation>HONOR — Honor relawan</translation>
    </message>
    <message>
        <source>mis. SK Bupati 188/123/2026</source>
        <translation>mis. SK Bupati 188/123/2026</translation>
    </message>
    <message>
        <source>mis. DPA Dinas Sosial 2026</source>
        <translation>mis. DPA Dinas Sosial 2026</translation>
    </message>
    <message>
        <source>Akun bendahara</source>
        <translation>Akun bendahara</translation>
    </message>
    <message>
        <source>Hanya bendahara yang boleh menambah uang ke dana, jadi alokasi awal dicatat atas nama akun ini (terlihat di log audit). Wajib bila ada alokasi; tanpa alokasi boleh dikosongkan: kata sandi kosong berarti akun belum dibuat.</source>
        <translation>Hanya bendahara yang boleh menambah uang ke dana, jadi alokasi awal dicatat atas nama akun ini (terlihat di log audit). Wajib bila ada alokasi; tanpa alokasi boleh dikosongkan: kata sandi kosong berarti akun belum dibuat.</translation>
    </message>
    <message>
        <source>mis. bendahara</source>
        <translation>mis. bendahara</translation>
    </message>
    <message>
        <source>18 digit, boleh kosong</source>
        <translation>18 digit, boleh kosong</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Akun bendahara (wajib: ada alokasi)</source>
        <translation>Akun bendahara (wajib: ada alokasi)</translation>
    </message>
    <message>
        <source>Akun bendahara (opsional)</source>
        <translation>Akun bendahara (opsional)</translation>
    </message>
    <message>
        <source>Isi jumlahnya, atau kosongkan dasarnya.</source>
        <translation>Isi jumlahnya, atau kosongkan dasarnya.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Saldo dihitung dari Buku Kas Umum; Tersedia = Saldo − Komitmen yang menunggu persetujuan.</source>
        <translation>Saldo dihitung dari Buku Kas Umum; Tersedia = Saldo − Komitmen yang menunggu persetujuan.</translation>
    </message>
    <message>
        <source>Dana:</source>
        <translation>Dana:</translation>
    </message>
    <message>
        <source>Tambah alokasi…</source>
        <translation>Tambah alokasi…</translation>
    </message>
    <message>
        <source>Tambah alokasi dana (Ctrl+N)</source>
        <translation>Tambah alokasi dana (Ctrl+N)</translation>
    </message>
    <message>
        <source>Hanya Bendahara yang dapat menambah alokasi.</source>
        <translation>Hanya Bendahara yang dapat menambah alokasi.</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Komitmen</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Buku Kas Umum (BKU)</source>
        <translation>Buku Kas Umum (BKU)</translation>
    </message>
    <message>
        <source>Belum ada transaksi.</source>
        <translation>Belum ada transaksi.</translation>
    </message>
    <message>
        <source>{shown} dari {total} baris</source>
        <translation>{shown} dari {total} baris</translation>
    </message>
    <message>
        <source>{total} baris</source>
        <translation>{total} baris</translation>
    </message>
    <message>
        <source>Tambah &amp;alokasi…</source>
        <translation>Tambah &amp;alokasi…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Panduan pengguna — {app}</source>
        <translation>Panduan pengguna — {app}</translation>
    </message>
    <message>
        <source>Cari di panduan… (Ctrl+F, Enter: berikutnya)</source>
        <translation>Cari di panduan… (Ctrl+F, Enter: berikutnya)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tidak ditemukan.</source>
        <translation>Tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Mengungsi</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Digabungkan ke data lain</source>
        <translation>Digabungkan ke data lain</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat, belum diputuskan</source>
        <translation>Kemungkinan duplikat, belum diputuskan</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>{sex}, lahir {date}</source>
        <translation>{sex}, lahir {date}</translation>
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
        <translation>{persons} jiwa · {damage} · mengungsi: {displaced}</translation>
    </message>
    <message>
        <source>Kejadian #{id}: {title} ({date})</source>
        <translation>Kejadian #{id}: {title} ({date})</translation>
    </message>
    <message>
        <source>Didata {date}</source>
        <translation>Didata {date}</translation>
    </message>
    <message>
        <source>Sudah digabungkan ke data lain.</source>
        <translation>Sudah digabungkan ke data lain.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>{sex}, lahir {date}, Kec. {district}, {regency}</source>
        <extracomment>HouseholdInput attributes in the order the form shows them (the first error gets the focus). Fields that share one red line (the first key names it).</extracomment>
        <translation>{sex}, lahir {date}, Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>Diterbitkan di Kec. {district}, {regency}</source>
        <translation>Diterbitkan di Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>{name} ({nik}, kejadian #{incident}) — {reason}</source>
        <translation>{name} ({nik}, kejadian #{incident}) — {reason}</translation>
    </message>
    <message>
        <source>KK {name} tersimpan dan ditandai. Kemungkinan duplikat: {found}. Putuskan di Penerima → Kemungkinan duplikat.</source>
        <translation>KK {name} tersimpan dan ditandai. Kemungkinan duplikat: {found}. Putuskan di Penerima → Kemungkinan duplikat.</translation>
    </message>
    <message>
        <source>Ubah KK terdampak</source>
        <translation>Ubah KK terdampak</translation>
    </message>
    <message>
        <source>Tambah KK terdampak</source>
        <translation>Tambah KK terdampak</translation>
    </message>
    <message>
        <source>Kejadian: {title} · {date} · {kec} {name}</source>
        <translation>Kejadian: {title} · {date} · {kec} {name}</translation>
    </message>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>sesuai KTP, mis. Suparman</source>
        <translation>sesuai KTP, mis. Suparman</translation>
    </message>
    <message>
        <source>16 digit</source>
        <translation>16 digit</translation>
    </message>
    <message>
        <source>mis. 0812 3456 7890</source>
        <translation>mis. 0812 3456 7890</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
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
        <translation>No. HP</translation>
    </message>
    <message>
        <source>Tanggal pendataan</source>
        <translation>Tanggal pendataan</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>mis. Jodog</source>
        <translation>mis. Jodog</translation>
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
        <translation>Anggota keluarga (jiwa)</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Balita</source>
        <translation>Balita</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>Dampak</source>
        <translation>Dampak</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Mengungsi</translation>
    </message>
    <message>
        <source>Kerusakan rumah</source>
        <translation>Kerusakan rumah</translation>
    </message>
    <message>
        <source>Korban dalam KK ini</source>
        <translation>Korban dalam KK ini</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIK (bila ada)</source>
        <translation>NIK (bila ada)</translation>
    </message>
    <message>
        <source>Tambah korban</source>
        <translation>Tambah korban</translation>
    </message>
    <message>
        <source>Hapus korban</source>
        <translation>Hapus korban</translation>
    </message>
    <message>
        <source>mis. rumah ambruk bagian dapur, tinggal di rumah saudara</source>
        <translation>mis. rumah ambruk bagian dapur, tinggal di rumah saudara</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Alasan (wajib), mis. dua keluarga dalam satu KK, rumah terpisah</source>
        <translation>Alasan (wajib), mis. dua keluarga dalam satu KK, rumah terpisah</translation>
    </message>
    <message>
        <source>Izinkan KK ganda</source>
        <translation>Izinkan KK ganda</translation>
    </message>
    <message>
        <source>Alasan KK ganda</source>
        <translation>Alasan KK ganda</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Periksa {n} isian yang ditandai merah.</source>
        <translation>Periksa {n} isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Periksa isian yang ditandai merah.</source>
        <translation>Periksa isian yang ditandai merah.</translation>
    </message>
    <message>
        <source>Alasan KK ganda wajib diisi.</source>
        <translation>Alasan KK ganda wajib diisi.</translation>
    </message>
    <message>
        <source>Sudah terdaftar pada kejadian ini.</source>
        <translation>Sudah terdaftar pada kejadian ini.</translation>
    </message>
    <message>
        <source>Ditolak: {reason}</source>
        <translation>Ditolak: {reason}</translation>
    </message>
    <message>
        <source>Sudah dipakai pada kejadian ini.</source>
        <translation>Sudah dipakai pada kejadian ini.</translation>
    </message>
    <message>
        <source>{reason}
Sebagai Kepala Anda dapat mengizinkan KK ganda; alasannya dicatat di log audit.</source>
        <translation>{reason}
Sebagai Kepala Anda dapat mengizinkan KK ganda; alasannya dicatat di log audit.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>HouseholdModels</name>
    <message>
        <source>Ya</source>
        <extracomment>A possible duplicate waits for a person (amber); merged rows step back (grey); a pair confirmed distinct is settled (green). From the desk&apos;s one set of status colours.</extracomment>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>⚠ Periksa</source>
        <translation>⚠ Periksa</translation>
    </message>
</context>
<context>
    <name>HouseholdPaymentsModel</name>
    <message>
        <source>Kepala keluarga</source>
        <extracomment>Statuses that count as &quot;received&quot; (or on its way) in the households table.</extracomment>
        <translation>Kepala keluarga</translation>
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
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Mengungsi</translation>
    </message>
    <message>
        <source>Bantuan diterima</source>
        <translation>Bantuan diterima</translation>
    </message>
    <message>
        <source>Dibayar (Rp)</source>
        <translation>Dibayar (Rp)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>{aid} (menunggu)</source>
        <translation>{aid} (menunggu)</translation>
    </message>
    <message>
        <source>{aid} (draf)</source>
        <translation>{aid} (draf)</translation>
    </message>
    <message>
        <source>belum ada kuitansi</source>
        <translation>belum ada kuitansi</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Simpan laporan…</source>
        <extracomment>Rows counted by the running import (``done``, ``total``), on the GUI thread. QSettings key of the folder the file and report dialogs start in. The report&apos;s file name when no file was read: ``laporan-impor-&lt;stem&gt;.xlsx``.</extracomment>
        <translation>Simpan laporan…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan disimpan: {path}</source>
        <translation>Laporan disimpan: {path}</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>Laporan tidak dapat disimpan: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportHouseholdsDialog</name>
    <message>
        <source>Impor KK terdampak dari Excel/CSV</source>
        <translation>Impor KK terdampak dari Excel/CSV</translation>
    </message>
    <message>
        <source>Kejadian: {title}. Berkas .xlsx atau .csv dengan baris judul kolom (NIK, No. KK, Nama, Jumlah Jiwa, Desa, …). Berkas dicoba dulu tanpa menyimpan apa pun; periksa hasilnya, lalu impor baris yang valid.</source>
        <translation>Kejadian: {title}. Berkas .xlsx atau .csv dengan baris judul kolom (NIK, No. KK, Nama, Jumlah Jiwa, Desa, …). Berkas dicoba dulu tanpa menyimpan apa pun; periksa hasilnya, lalu impor baris yang valid.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation>Belum ada berkas dipilih</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Baris data</source>
        <translation>Baris data</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Ditandai</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Hanya baris bermasalah</source>
        <translation>Hanya baris bermasalah</translation>
    </message>
    <message>
        <source>Impor baris yang valid</source>
        <translation>Impor baris yang valid</translation>
    </message>
    <message>
        <source>Pilih daftar KK terdampak</source>
        <translation>Pilih daftar KK terdampak</translation>
    </message>
    <message>
        <source>Daftar KK (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Daftar KK (*.xlsx *.csv);;Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Memeriksa {name}…</source>
        <translation>Memeriksa {name}…</translation>
    </message>
    <message>
        <source>Mengimpor {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>Impor KK terdampak</source>
        <translation>Impor KK terdampak</translation>
    </message>
    <message>
        <source>Berkas tidak berisi baris data.</source>
        <translation>Berkas tidak berisi baris data.</translation>
    </message>
    <message>
        <source>Tidak ada baris yang valid untuk diimpor.</source>
        <translation>Tidak ada baris yang valid untuk diimpor.</translation>
    </message>
    <message>
        <source>Uji coba selesai: {n} baris siap diimpor. Belum ada yang disimpan.</source>
        <translation>Uji coba selesai: {n} baris siap diimpor. Belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Impor selesai: {n} KK disimpan</source>
        <translation>Impor selesai: {n} KK disimpan</translation>
    </message>
    <message>
        <source>, {n} ditandai kemungkinan duplikat</source>
        <translation>, {n} ditandai kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Baris {row} · {name}: {reason}</source>
        <translation>Baris {row} · {name}: {reason}</translation>
    </message>
    <message>
        <source>tidak ada masalah</source>
        <translation>tidak ada masalah</translation>
    </message>
    <message>
        <source>Impor {n} baris yang valid</source>
        <translation>Impor {n} baris yang valid</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Simpan laporan impor</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Baris</source>
        <extracomment>Status → tone: valid green; ditolak red; duplikat (already in this incident or the file, skipped) grey; ditandai (stored, a possible duplicate to decide) amber. Status → (text colour, cell background).</extracomment>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Nama kepala keluarga</source>
        <translation>Nama kepala keluarga</translation>
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
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>IncidentDeploymentModel</name>
    <message>
        <source>Relawan</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Uang harian</source>
        <translation>Uang harian</translation>
    </message>
    <message>
        <source>dibayar bersama honor</source>
        <translation>dibayar bersama honor</translation>
    </message>
</context>
<context>
    <name>IncidentDetailView</name>
    <message>
        <source>Daftar kejadian</source>
        <extracomment>&quot;Buka di Penyaluran&quot;: the main window shows the Penyaluran page on this incident. What Ctrl+N does here changed (another tab, the incident closed or reopened). Tabs whose data must be read again the next time they are shown. Select this household once the register is read again (a new or changed one).</extracomment>
        <translation>Daftar kejadian</translation>
    </message>
    <message>
        <source>Kembali ke daftar kejadian (Alt+←)</source>
        <translation>Kembali ke daftar kejadian (Alt+←)</translation>
    </message>
    <message>
        <source>Ubah kejadian…</source>
        <translation>Ubah kejadian…</translation>
    </message>
    <message>
        <source>Tutup kejadian…</source>
        <translation>Tutup kejadian…</translation>
    </message>
    <message>
        <source>KK terdampak</source>
        <translation>KK terdampak</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Penyaluran</translation>
    </message>
    <message>
        <source>Tagana</source>
        <translation>Tagana</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Sumber laporan</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <source>Korban (laporan)</source>
        <translation>Korban (laporan)</translation>
    </message>
    <message>
        <source>Rumah (laporan)</source>
        <translation>Rumah (laporan)</translation>
    </message>
    <message>
        <source>Tambah KK…</source>
        <translation>Tambah KK…</translation>
    </message>
    <message>
        <source>Daftarkan KK terdampak (Ctrl+N)</source>
        <translation>Daftarkan KK terdampak (Ctrl+N)</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Ubah KK yang dipilih (Enter)</source>
        <translation>Ubah KK yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Impor dari Excel/CSV…</source>
        <translation>Impor dari Excel/CSV…</translation>
    </message>
    <message>
        <source>Buka di Penyaluran →</source>
        <translation>Buka di Penyaluran →</translation>
    </message>
    <message>
        <source>Bayar, setujui atau cetak kuitansi kejadian ini di halaman Penyaluran</source>
        <translation>Bayar, setujui atau cetak kuitansi kejadian ini di halaman Penyaluran</translation>
    </message>
    <message>
        <source>Tugaskan relawan…</source>
        <translation>Tugaskan relawan…</translation>
    </message>
    <message>
        <source>Catat relawan yang diterjunkan ke kejadian ini</source>
        <translation>Catat relawan yang diterjunkan ke kejadian ini</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menugaskan relawan.</source>
        <translation>Hanya {roles} yang dapat menugaskan relawan.</translation>
    </message>
    <message>
        <source>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</source>
        <translation>Uang harian penugasan dibayar bersama honor bulanan bila tarifnya diatur di Pengaturan → Relawan; penugasan yang sudah dibayar ditandai di kolom terakhir.</translation>
    </message>
    <message>
        <source>Dihitung dari KK yang terdaftar pada kejadian ini (bukan angka laporan awal). KK yang sudah digabungkan tidak dihitung.</source>
        <translation>Dihitung dari KK yang terdaftar pada kejadian ini (bukan angka laporan awal). KK yang sudah digabungkan tidak dihitung.</translation>
    </message>
    <message>
        <source>KK terdaftar</source>
        <translation>KK terdaftar</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>KK mengungsi</source>
        <translation>KK mengungsi</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Balita</source>
        <translation>Balita</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Ibu hamil</translation>
    </message>
    <message>
        <source>KK dan jiwa</source>
        <translation>KK dan jiwa</translation>
    </message>
    <message>
        <source>Anggota rentan</source>
        <translation>Anggota rentan</translation>
    </message>
    <message>
        <source>Kerusakan rumah (KK)</source>
        <translation>Kerusakan rumah (KK)</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat diputuskan di halaman Penerima → Kemungkinan duplikat (Ctrl+3).</source>
        <translation>Kemungkinan duplikat diputuskan di halaman Penerima → Kemungkinan duplikat (Ctrl+3).</translation>
    </message>
    <message>
        <source>Belum ada bantuan yang disalurkan untuk kejadian ini.</source>
        <translation>Belum ada bantuan yang disalurkan untuk kejadian ini.</translation>
    </message>
    <message>
        <source>Dibayar {amount} kepada {households} KK ({n} kuitansi)</source>
        <translation>Dibayar {amount} kepada {households} KK ({n} kuitansi)</translation>
    </message>
    <message>
        <source>menunggu persetujuan {n} ({amount})</source>
        <translation>menunggu persetujuan {n} ({amount})</translation>
    </message>
    <message>
        <source>draf {n} ({amount})</source>
        <translation>draf {n} ({amount})</translation>
    </message>
    <message>
        <source>dibatalkan {n}</source>
        <translation>dibatalkan {n}</translation>
    </message>
    <message>
        <source>ditolak {n}</source>
        <translation>ditolak {n}</translation>
    </message>
    <message>
        <source>Belum dibayar atau tidak dihitung: {parts}.</source>
        <translation>Belum dibayar atau tidak dihitung: {parts}.</translation>
    </message>
    <message>
        <source>Penyaluran ({n})</source>
        <translation>Penyaluran ({n})</translation>
    </message>
    <message>
        <source>{shown} dari {total} penyaluran, terbaru di atas</source>
        <translation>{shown} dari {total} penyaluran, terbaru di atas</translation>
    </message>
    <message>
        <source>{total} penyaluran, terbaru di atas</source>
        <translation>{total} penyaluran, terbaru di atas</translation>
    </message>
    <message>
        <source>Belum ada relawan yang ditugaskan ke kejadian ini.</source>
        <translation>Belum ada relawan yang ditugaskan ke kejadian ini.</translation>
    </message>
    <message>
        <source>{n} relawan ditugaskan, {days} hari-orang.</source>
        <translation>{n} relawan ditugaskan, {days} hari-orang.</translation>
    </message>
    <message>
        <source>Tagana ({n})</source>
        <translation>Tagana ({n})</translation>
    </message>
    <message>
        <source>Belum ada relawan aktif; tambahkan dulu di halaman Tagana (Ctrl+6).</source>
        <translation>Belum ada relawan aktif; tambahkan dulu di halaman Tagana (Ctrl+6).</translation>
    </message>
    <message>
        <source>Meninggal {d} · hilang {m} · luka {i} · mengungsi {x}</source>
        <translation>Meninggal {d} · hilang {m} · luka {i} · mengungsi {x}</translation>
    </message>
    <message>
        <source>RB {rb} · RS {rs} · RR {rr} · terendam {t}</source>
        <translation>RB {rb} · RS {rs} · RR {rr} · terendam {t}</translation>
    </message>
    <message>
        <source>Belum ada KK terdaftar.</source>
        <translation>Belum ada KK terdaftar.</translation>
    </message>
    <message>
        <source>{shown} dari {total} KK</source>
        <translation>{shown} dari {total} KK</translation>
    </message>
    <message>
        <source>{total} KK</source>
        <translation>{total} KK</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah daftar KK; Anda {role}.</source>
        <translation>Hanya {roles} yang dapat mengubah daftar KK; Anda {role}.</translation>
    </message>
    <message>
        <source>Kejadian ditutup: buka kembali untuk menambah KK.</source>
        <translation>Kejadian ditutup: buka kembali untuk menambah KK.</translation>
    </message>
    <message>
        <source>&amp;Tambah KK…</source>
        <translation>&amp;Tambah KK…</translation>
    </message>
    <message>
        <source>&amp;Tugaskan relawan…</source>
        <translation>&amp;Tugaskan relawan…</translation>
    </message>
    <message>
        <source>KK {name} tersimpan.</source>
        <translation>KK {name} tersimpan.</translation>
    </message>
    <message>
        <source>Impor selesai: {n} KK ditambahkan</source>
        <translation>Impor selesai: {n} KK ditambahkan</translation>
    </message>
    <message>
        <source>, {n} di antaranya kemungkinan duplikat (periksa di Penerima)</source>
        <translation>, {n} di antaranya kemungkinan duplikat (periksa di Penerima)</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Ubah kejadian</source>
        <translation>Ubah kejadian</translation>
    </message>
    <message>
        <source>Catat kejadian baru</source>
        <translation>Catat kejadian baru</translation>
    </message>
    <message>
        <source>Data kejadian mengikuti isian DIBI BNPB. Angka korban dan rumah adalah angka laporan; angka KK terdampak dihitung dari daftar KK.</source>
        <translation>Data kejadian mengikuti isian DIBI BNPB. Angka korban dan rumah adalah angka laporan; angka KK terdampak dihitung dari daftar KK.</translation>
    </message>
    <message>
        <source>Kabupaten kantor belum diatur: minta admin mengisinya di Pengaturan → Kantor.</source>
        <translation>Kabupaten kantor belum diatur: minta admin mengisinya di Pengaturan → Kantor.</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>mis. Banjir luapan Sungai Winongo di Palbapang</source>
        <translation>mis. Banjir luapan Sungai Winongo di Palbapang</translation>
    </message>
    <message>
        <source>mis. {dusun} Jodog, tepi sungai</source>
        <translation>mis. {dusun} Jodog, tepi sungai</translation>
    </message>
    <message>
        <source>mis. Laporan {desa}, Pusdalops BPBD, Tagana</source>
        <translation>mis. Laporan {desa}, Pusdalops BPBD, Tagana</translation>
    </message>
    <message>
        <source>Kronologi singkat, kebutuhan mendesak (Ctrl+Enter menyimpan)</source>
        <translation>Kronologi singkat, kebutuhan mendesak (Ctrl+Enter menyimpan)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Tanggal dan jam</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Sumber laporan</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Korban (jiwa)</source>
        <translation>Korban (jiwa)</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Luka-luka</source>
        <translation>Luka-luka</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Mengungsi</translation>
    </message>
    <message>
        <source>Rumah (unit)</source>
        <translation>Rumah (unit)</translation>
    </message>
    <message>
        <source>Rusak berat (RB)</source>
        <translation>Rusak berat (RB)</translation>
    </message>
    <message>
        <source>Rusak sedang (RS)</source>
        <translation>Rusak sedang (RS)</translation>
    </message>
    <message>
        <source>Rusak ringan (RR)</source>
        <translation>Rusak ringan (RR)</translation>
    </message>
    <message>
        <source>Terendam</source>
        <translation>Terendam</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>IncidentDisbursementModel</name>
    <message>
        <source>Kepala keluarga</source>
        <translation>Kepala keluarga</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Perhitungan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No. kuitansi</source>
        <translation>No. kuitansi</translation>
    </message>
    <message>
        <source>Belum ada kuitansi: belum dibayar.</source>
        <translation>Belum ada kuitansi: belum dibayar.</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Banjir</source>
        <translation>Banjir</translation>
    </message>
    <message>
        <source>Tanah longsor</source>
        <translation>Tanah longsor</translation>
    </message>
    <message>
        <source>Kebakaran</source>
        <translation>Kebakaran</translation>
    </message>
    <message>
        <source>Angin puting beliung</source>
        <translation>Angin puting beliung</translation>
    </message>
    <message>
        <source>Gempa bumi</source>
        <translation>Gempa bumi</translation>
    </message>
    <message>
        <source>Kekeringan</source>
        <translation>Kekeringan</translation>
    </message>
    <message>
        <source>Gelombang pasang</source>
        <translation>Gelombang pasang</translation>
    </message>
    <message>
        <source>Musibah perorangan</source>
        <translation>Musibah perorangan</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Rusak berat</source>
        <translation>Rusak berat</translation>
    </message>
    <message>
        <source>Rusak sedang</source>
        <translation>Rusak sedang</translation>
    </message>
    <message>
        <source>Rusak ringan</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <source>Terendam</source>
        <translation>Terendam</translation>
    </message>
    <message>
        <source>Tidak rusak</source>
        <translation>Tidak rusak</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Belum dicek</source>
        <translation>Belum dicek</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Meninggal</translation>
    </message>
    <message>
        <source>Luka berat</source>
        <translation>Luka berat</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>NIK sama di kejadian lain (≤30 hari)</source>
        <translation>NIK sama di kejadian lain (≤30 hari)</translation>
    </message>
    <message>
        <source>Nama, desa dan tanggal lahir sama, NIK berbeda</source>
        <translation>Nama, desa dan tanggal lahir sama, NIK berbeda</translation>
    </message>
    <message>
        <source>Belum diputuskan</source>
        <translation>Belum diputuskan</translation>
    </message>
    <message>
        <source>Bukan duplikat</source>
        <translation>Bukan duplikat</translation>
    </message>
    <message>
        <source>Digabungkan</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <source>Valid</source>
        <extracomment>Rows of an import preview (the importer&apos;s ``RowStatus`` values).</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Ditandai</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Perempuan</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <source>Tanggal</source>
        <extracomment>Column → ``incidents.list_incidents`` sort key; the other columns do not sort.</extracomment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>KK</source>
        <translation>KK</translation>
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
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Kejadian bencana dan musibah beserta KK terdampaknya. Klik dua kali (atau Enter) untuk membuka rincian dan daftar KK.</source>
        <translation>Kejadian bencana dan musibah beserta KK terdampaknya. Klik dua kali (atau Enter) untuk membuka rincian dan daftar KK.</translation>
    </message>
    <message>
        <source>Baru…</source>
        <translation>Baru…</translation>
    </message>
    <message>
        <source>Catat kejadian baru (Ctrl+N)</source>
        <translation>Catat kejadian baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buka rincian</source>
        <translation>Buka rincian</translation>
    </message>
    <message>
        <source>Rincian dan daftar KK terdampak (Enter)</source>
        <translation>Rincian dan daftar KK terdampak (Enter)</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Tutup kejadian…</source>
        <translation>Tutup kejadian…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mencatat kejadian; Anda masuk sebagai {role}.</source>
        <translation>Hanya {roles} yang dapat mencatat kejadian; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Cari judul atau tempat… (Ctrl+F)</source>
        <translation>Cari judul atau tempat… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Atur ulang</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <source>Semua {kecamatan}</source>
        <translation>Semua {kecamatan}</translation>
    </message>
    <message>
        <source>Tidak ada kejadian yang cocok.</source>
        <translation>Tidak ada kejadian yang cocok.</translation>
    </message>
    <message>
        <source>{shown} dari {total} kejadian</source>
        <translation>{shown} dari {total} kejadian</translation>
    </message>
    <message>
        <source>{total} kejadian</source>
        <translation>{total} kejadian</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Kejadian &amp;baru…</source>
        <translation>Kejadian &amp;baru…</translation>
    </message>
    <message>
        <source>Tutup kejadian</source>
        <translation>Tutup kejadian</translation>
    </message>
    <message>
        <source>Tutup “{title}”? Kejadian yang ditutup tidak dapat ditambah KK baru sampai dibuka kembali.</source>
        <translation>Tutup “{title}”? Kejadian yang ditutup tidak dapat ditambah KK baru sampai dibuka kembali.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>mis. Penanganan darurat selesai</source>
        <translation>mis. Penanganan darurat selesai</translation>
    </message>
    <message>
        <source>Buka kembali kejadian</source>
        <translation>Buka kembali kejadian</translation>
    </message>
    <message>
        <source>Buka kembali “{title}” agar KK dapat ditambah atau diubah?</source>
        <translation>Buka kembali “{title}” agar KK dapat ditambah atau diubah?</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>mis. Ada KK susulan dari kalurahan</source>
        <translation>mis. Ada KK susulan dari kalurahan</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Tambah</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Ubah</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Alokasi dana</source>
        <translation>Alokasi dana</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Gagal masuk</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Akun dikunci</source>
        <translation>Akun dikunci</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>Ganti logo</source>
        <translation>Ganti logo</translation>
    </message>
    <message>
        <source>Atur tarif</source>
        <translation>Atur tarif</translation>
    </message>
    <message>
        <source>Salurkan bantuan</source>
        <translation>Salurkan bantuan</translation>
    </message>
    <message>
        <source>Salurkan per kelompok</source>
        <translation>Salurkan per kelompok</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Batalkan kuitansi</source>
        <translation>Batalkan kuitansi</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Tolak</source>
        <translation>Tolak</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Bayar honor bulanan</source>
        <translation>Bayar honor bulanan</translation>
    </message>
    <message>
        <source>Buat LPJ</source>
        <translation>Buat LPJ</translation>
    </message>
    <message>
        <source>Tutup bulan</source>
        <translation>Tutup bulan</translation>
    </message>
    <message>
        <source>Buka kembali bulan</source>
        <translation>Buka kembali bulan</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Ekspor</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Putuskan duplikat</source>
        <translation>Putuskan duplikat</translation>
    </message>
    <message>
        <source>Izinkan No. KK ganda</source>
        <translation>Izinkan No. KK ganda</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Profil kantor</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>KK terdampak</source>
        <translation>KK terdampak</translation>
    </message>
    <message>
        <source>Impor KK terdampak</source>
        <translation>Impor KK terdampak</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Impor DTKS/DTSEN</source>
        <translation>Impor DTKS/DTSEN</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Penyaluran</translation>
    </message>
    <message>
        <source>Kuitansi</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Jenis relawan</translation>
    </message>
    <message>
        <source>Impor relawan</source>
        <translation>Impor relawan</translation>
    </message>
    <message>
        <source>Penugasan relawan</source>
        <translation>Penugasan relawan</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Honor relawan</translation>
    </message>
    <message>
        <source>Honor bulanan</source>
        <translation>Honor bulanan</translation>
    </message>
    <message>
        <source>LPJ</source>
        <translation>LPJ</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Bulan ditutup</source>
        <translation>Bulan ditutup</translation>
    </message>
    <message>
        <source>Jenis bantuan</source>
        <translation>Jenis bantuan</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>The roles&apos; names (``domain.enums.ROLE_LABELS``), repeated here so Qt Linguist finds them.</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Kepala</source>
        <translation>Kepala</translation>
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
        <translation>Kepala Dinas</translation>
    </message>
    <message>
        <source>PPTK</source>
        <translation>PPTK</translation>
    </message>
    <message>
        <source> dan </source>
        <translation> dan </translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>No. Bukti</source>
        <translation>No. Bukti</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Masuk (Rp)</source>
        <translation>Masuk (Rp)</translation>
    </message>
    <message>
        <source>Keluar (Rp)</source>
        <translation>Keluar (Rp)</translation>
    </message>
    <message>
        <source>Saldo (Rp)</source>
        <translation>Saldo (Rp)</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>{app} terkunci</source>
        <translation>{app} terkunci</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>Tidak ada kegiatan selama {n} menit, jadi data disembunyikan. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>Tidak ada kegiatan selama {n} menit, jadi data disembunyikan. Masukkan kata sandi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Data disembunyikan. Masukkan kata sandi untuk melanjutkan.</source>
        <translation>Data disembunyikan. Masukkan kata sandi untuk melanjutkan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({username}) · {role}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({username}) · {role}</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Bukan {name}? Pilih Keluar: program ditutup dan pengguna lain masuk dengan akunnya sendiri. Isian yang belum disimpan hilang.</source>
        <translation>Bukan {name}? Pilih Keluar: program ditutup dan pengguna lain masuk dengan akunnya sendiri. Isian yang belum disimpan hilang.</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Kata sandi salah.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Masuk — {app}</source>
        <translation>Masuk — {app}</translation>
    </message>
    <message>
        <source>Meja piket siaga bencana</source>
        <translation>Meja piket siaga bencana</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Isi nama pengguna.</source>
        <translation>Isi nama pengguna.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Memeriksa…</translation>
    </message>
</context>
<context>
    <name>LpjSummaryModel</name>
    <message>
        <source>Saldo awal</source>
        <extracomment>The fixed lines&apos; labels, translated when a summary is built.</extracomment>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Penerimaan</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>Alokasi dana</source>
        <translation>Alokasi dana</translation>
    </message>
    <message>
        <source>Pembatalan kuitansi</source>
        <translation>Pembatalan kuitansi</translation>
    </message>
    <message>
        <source>Jumlah penerimaan</source>
        <translation>Jumlah penerimaan</translation>
    </message>
    <message>
        <source>Pengeluaran</source>
        <translation>Pengeluaran</translation>
    </message>
    <message>
        <source>Bantuan bencana</source>
        <translation>Bantuan bencana</translation>
    </message>
    <message>
        <source>Honor relawan</source>
        <translation>Honor relawan</translation>
    </message>
    <message>
        <source>Jumlah pengeluaran</source>
        <translation>Jumlah pengeluaran</translation>
    </message>
    <message>
        <source>Saldo akhir</source>
        <translation>Saldo akhir</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>{fund} (Rp)</source>
        <translation>{fund} (Rp)</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Uang yang kembali ke dana karena kuitansinya dibatalkan bulan ini.</source>
        <translation>Uang yang kembali ke dana karena kuitansinya dibatalkan bulan ini.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Halaman ini belum tersedia pada versi ini.</source>
        <extracomment>Fits a 1366×768 screen with the Windows taskbar.</extracomment>
        <translation>Halaman ini belum tersedia pada versi ini.</translation>
    </message>
    <message>
        <source>Beranda</source>
        <extracomment>The navigation&apos;s names, in page order.</extracomment>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <translation>Penyaluran</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Tagana</source>
        <translation>Tagana</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Periksa kuitansi…</source>
        <translation>&amp;Periksa kuitansi…</translation>
    </message>
    <message>
        <source>Periksa keaslian kuitansi dari kode QR-nya</source>
        <translation>Periksa keaslian kuitansi dari kode QR-nya</translation>
    </message>
    <message>
        <source>&amp;Baru…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Ce&amp;tak…</source>
        <translation>Ce&amp;tak…</translation>
    </message>
    <message>
        <source>Ubah kata san&amp;di saya…</source>
        <translation>Ubah kata san&amp;di saya…</translation>
    </message>
    <message>
        <source>Ganti kata sandi akun Anda sendiri; kata sandi lama diminta</source>
        <translation>Ganti kata sandi akun Anda sendiri; kata sandi lama diminta</translation>
    </message>
    <message>
        <source>K&amp;unci layar</source>
        <translation>K&amp;unci layar</translation>
    </message>
    <message>
        <source>Kunci layar sekarang; buka dengan kata sandi</source>
        <translation>Kunci layar sekarang; buka dengan kata sandi</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Ban&amp;tuan</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;Panduan pengguna</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>Cara memakai {app}, langkah demi langkah (F1)</source>
        <translation>Cara memakai {app}, langkah demi langkah (F1)</translation>
    </message>
    <message>
        <source>&amp;Tentang {app}</source>
        <translation>&amp;Tentang {app}</translation>
    </message>
    <message>
        <source>Kata sandi Anda diganti.</source>
        <translation>Kata sandi Anda diganti.</translation>
    </message>
    <message>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <source>Pengguna: {username}</source>
        <translation>Pengguna: {username}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Database: {name}</translation>
    </message>
    <message>
        <source>Tersedia: …</source>
        <translation>Tersedia: …</translation>
    </message>
    <message>
        <source>Saldo tersedia dana bencana kantor (saldo dikurangi komitmen)</source>
        <translation>Saldo tersedia dana bencana kantor (saldo dikurangi komitmen)</translation>
    </message>
    <message>
        <source>Tersedia {fund}: {amount}</source>
        <translation>Tersedia {fund}: {amount}</translation>
    </message>
    <message>
        <source>Tersedia: tidak terbaca</source>
        <translation>Tersedia: tidak terbaca</translation>
    </message>
</context>
<context>
    <name>MonthStates</name>
    <message>
        <source>Terbuka</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>LPJ dibuat</source>
        <translation>LPJ dibuat</translation>
    </message>
    <message>
        <source>Ditutup</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Dibuka kembali</source>
        <translation>Dibuka kembali</translation>
    </message>
    <message>
        <source>Ditutup oleh {user} pada {when}.</source>
        <extracomment>Tone per status (tagana_desk.ui.style): grey, still being written; green, LPJ made and ready to close; slate blue-grey, closed and locked (archived); amber, reopened, to be closed again. (text, background) per status. The status of a row (for the badge delegate).</extracomment>
        <translation>Ditutup oleh {user} pada {when}.</translation>
    </message>
    <message>
        <source>Tidak ada yang dapat dicatat dengan tanggal di bulan ini.</source>
        <translation>Tidak ada yang dapat dicatat dengan tanggal di bulan ini.</translation>
    </message>
    <message>
        <source>Dibuka kembali: {reason}. Tutup lagi setelah koreksi.</source>
        <translation>Dibuka kembali: {reason}. Tutup lagi setelah koreksi.</translation>
    </message>
    <message>
        <source>LPJ sudah dibuat; bulan siap ditutup.</source>
        <translation>LPJ sudah dibuat; bulan siap ditutup.</translation>
    </message>
    <message>
        <source>LPJ sudah dibuat; bulan dapat ditutup setelah berakhir.</source>
        <translation>LPJ sudah dibuat; bulan dapat ditutup setelah berakhir.</translation>
    </message>
    <message>
        <source>Bulan sudah berakhir: buat LPJ, lalu tutup bulan.</source>
        <translation>Bulan sudah berakhir: buat LPJ, lalu tutup bulan.</translation>
    </message>
    <message>
        <source>Bulan berjalan.</source>
        <translation>Bulan berjalan.</translation>
    </message>
    <message>
        <source>Bulan</source>
        <translation>Bulan</translation>
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
        <translation>Januari</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Profil kantor</source>
        <translation>Profil kantor</translation>
    </message>
    <message>
        <source>Dicetak di kop setiap kuitansi dan LPJ. Dapat diubah nanti di Pengaturan.</source>
        <translation>Dicetak di kop setiap kuitansi dan LPJ. Dapat diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>mis. DINAS SOSIAL</source>
        <translation>mis. DINAS SOSIAL</translation>
    </message>
    <message>
        <source>— pilih provinsi —</source>
        <translation>— pilih provinsi —</translation>
    </message>
    <message>
        <source>mis. Jl. Lingkar Timur, Manding, Trirenggo, Bantul</source>
        <translation>mis. Jl. Lingkar Timur, Manding, Trirenggo, Bantul</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Pilih gambar…</source>
        <translation>Pilih gambar…</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Opsional. PNG atau JPG, paling besar 2 MB; dicetak di kiri kop.</source>
        <translation>Opsional. PNG atau JPG, paling besar 2 MB; dicetak di kiri kop.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>— pilih kabupaten/kota —</source>
        <translation>— pilih kabupaten/kota —</translation>
    </message>
    <message>
        <source>Baris pemerintah pada kop dan kota tanda tangan diisi dari kabupaten/kota yang dipilih.</source>
        <translation>Baris pemerintah pada kop dan kota tanda tangan diisi dari kabupaten/kota yang dipilih.</translation>
    </message>
    <message>
        <source>(nama kantor)</source>
        <translation>(nama kantor)</translation>
    </message>
    <message>
        <source>Kop surat: {government} — {name}. Kota tanda tangan: {city}.</source>
        <translation>Kop surat: {government} — {name}. Kota tanda tangan: {city}.</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Gambar PNG atau JPG (*.png *.jpg *.jpeg)</source>
        <translation>Gambar PNG atau JPG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo terlalu besar (maks. 2 MB).</source>
        <translation>Logo terlalu besar (maks. 2 MB).</translation>
    </message>
    <message>
        <source>File tidak dapat dibaca: {path} ({reason})</source>
        <translation>File tidak dapat dibaca: {path} ({reason})</translation>
    </message>
    <message>
        <source>File ini bukan gambar PNG atau JPG.</source>
        <translation>File ini bukan gambar PNG atau JPG.</translation>
    </message>
    <message>
        <source>Tanpa logo</source>
        <translation>Tanpa logo</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Kop surat</source>
        <extracomment>The language row is labelled, and its note written, in both languages. The idle time before the lock changed (minutes, 0 = off).</extracomment>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>mis. PEMERINTAH KABUPATEN BANTUL</source>
        <translation>mis. PEMERINTAH KABUPATEN BANTUL</translation>
    </message>
    <message>
        <source>mis. DINAS SOSIAL</source>
        <translation>mis. DINAS SOSIAL</translation>
    </message>
    <message>
        <source>— pilih provinsi —</source>
        <translation>— pilih provinsi —</translation>
    </message>
    <message>
        <source>mis. Jl. Lingkar Timur, Manding, Trirenggo</source>
        <translation>mis. Jl. Lingkar Timur, Manding, Trirenggo</translation>
    </message>
    <message>
        <source>mis. (0274) 367123</source>
        <translation>mis. (0274) 367123</translation>
    </message>
    <message>
        <source>mis. dinsos@bantulkab.go.id</source>
        <translation>mis. dinsos@bantulkab.go.id</translation>
    </message>
    <message>
        <source>mis. Bantul</source>
        <translation>mis. Bantul</translation>
    </message>
    <message>
        <source>Pemerintah</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Kota tanda tangan</source>
        <translation>Kota tanda tangan</translation>
    </message>
    <message>
        <source>Logo kop surat</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <source>Gambar PNG, paling besar 2 MB; dicetak di sebelah kiri kop surat.</source>
        <translation>Gambar PNG, paling besar 2 MB; dicetak di sebelah kiri kop surat.</translation>
    </message>
    <message>
        <source>Pilih gambar PNG…</source>
        <translation>Pilih gambar PNG…</translation>
    </message>
    <message>
        <source>Hapus logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Keuangan dan tanda tangan</source>
        <translation>Keuangan dan tanda tangan</translation>
    </message>
    <message>
        <source>Pembayaran di atas batas ini menunggu persetujuan Kepala.</source>
        <translation>Pembayaran di atas batas ini menunggu persetujuan Kepala.</translation>
    </message>
    <message>
        <source>Batas persetujuan (Rp)</source>
        <translation>Batas persetujuan (Rp)</translation>
    </message>
    <message>
        <source>Dana bencana</source>
        <translation>Dana bencana</translation>
    </message>
    <message>
        <source>Dana honor relawan</source>
        <translation>Dana honor relawan</translation>
    </message>
    <message>
        <source>“Mengetahui” oleh</source>
        <translation>“Mengetahui” oleh</translation>
    </message>
    <message>
        <source>Keamanan komputer ini</source>
        <translation>Keamanan komputer ini</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>Tidak pernah</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Layar dikunci bila keyboard dan tetikus tidak disentuh selama ini; 0 = tidak pernah. Langsung berlaku dan tersimpan di komputer ini.</source>
        <translation>Layar dikunci bila keyboard dan tetikus tidak disentuh selama ini; 0 = tidak pernah. Langsung berlaku dan tersimpan di komputer ini.</translation>
    </message>
    <message>
        <source>langsung berlaku, di komputer ini saja</source>
        <translation>langsung berlaku, di komputer ini saja</translation>
    </message>
    <message>
        <source>Kunci layar setelah</source>
        <translation>Kunci layar setelah</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Tambah…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Simpan profil kantor (Ctrl+S)</source>
        <translation>Simpan profil kantor (Ctrl+S)</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah pengaturan; Anda masuk sebagai {role}.</source>
        <translation>Hanya {roles} yang dapat mengubah pengaturan; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source>— pilih kabupaten/kota —</source>
        <translation>— pilih kabupaten/kota —</translation>
    </message>
    <message>
        <source>Belum ada logo</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <source>Tidak ada perubahan.</source>
        <translation>Tidak ada perubahan.</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Pilih logo kop surat</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>File tidak dapat dibaca: {path} ({reason})</source>
        <translation>File tidak dapat dibaca: {path} ({reason})</translation>
    </message>
    <message>
        <source>Hapus logo dari kop surat? Dokumen berikutnya dicetak tanpa logo.</source>
        <translation>Hapus logo dari kop surat? Dokumen berikutnya dicetak tanpa logo.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Ubah kata sandi saya</source>
        <extracomment>Own password: the old one is asked for (the service checks it).</extracomment>
        <translation>Ubah kata sandi saya</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Atur ulang kata sandi {username}</translation>
    </message>
    <message>
        <source>Ketik kata sandi lama Anda, lalu kata sandi baru dua kali.</source>
        <translation>Ketik kata sandi lama Anda, lalu kata sandi baru dua kali.</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {who}. Sampaikan kepadanya secara langsung; bila akunnya terkunci, kuncinya ikut dibuka.</source>
        <translation>Kata sandi baru untuk {who}. Sampaikan kepadanya secara langsung; bila akunnya terkunci, kuncinya ikut dibuka.</translation>
    </message>
    <message>
        <source>Minimal {n} karakter, berisi huruf dan angka.</source>
        <translation>Minimal {n} karakter, berisi huruf dan angka.</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Kata sandi lama</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>PayHouseholdDialog</name>
    <message>
        <source>Bayar satu KK</source>
        <extracomment>Households offered in the chooser; a larger incident is paid from its table&apos;s selection.</extracomment>
        <translation>Bayar satu KK</translation>
    </message>
    <message>
        <source>Siapkan draf</source>
        <translation>Siapkan draf</translation>
    </message>
    <message>
        <source>Anda menyiapkan draf penyaluran. Uang baru keluar setelah Bendahara membayarnya.</source>
        <translation>Anda menyiapkan draf penyaluran. Uang baru keluar setelah Bendahara membayarnya.</translation>
    </message>
    <message>
        <source>ketik nama atau NIK…</source>
        <translation>ketik nama atau NIK…</translation>
    </message>
    <message>
        <source> hari</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>KK penerima</source>
        <translation>KK penerima</translation>
    </message>
    <message>
        <source>Jenis bantuan</source>
        <translation>Jenis bantuan</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Jumlah hari</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <source>Jumlah standar</source>
        <translation>Jumlah standar</translation>
    </message>
    <message>
        <source>kosongkan bila memakai jumlah standar</source>
        <translation>kosongkan bila memakai jumlah standar</translation>
    </message>
    <message>
        <source>wajib bila jumlah berbeda dari standar</source>
        <translation>wajib bila jumlah berbeda dari standar</translation>
    </message>
    <message>
        <source>Jumlah lain (Rp)</source>
        <translation>Jumlah lain (Rp)</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Simpan draf</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <source>Cetak kuitansi…</source>
        <translation>Cetak kuitansi…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Kejadian ini belum mempunyai KK terdampak.</source>
        <translation>Kejadian ini belum mempunyai KK terdampak.</translation>
    </message>
    <message>
        <source>Isi paket: {items}</source>
        <translation>Isi paket: {items}</translation>
    </message>
    <message>
        <source>Dana {fund} belum ada.</source>
        <translation>Dana {fund} belum ada.</translation>
    </message>
    <message>
        <source>Tersedia di dana {fund}: {amount}</source>
        <translation>Tersedia di dana {fund}: {amount}</translation>
    </message>
    <message>
        <source>KK ini sudah menerima bantuan ini untuk kejadian ini ({status}).</source>
        <translation>KK ini sudah menerima bantuan ini untuk kejadian ini ({status}).</translation>
    </message>
    <message>
        <source>Di atas batas persetujuan {limit}: pembayaran ini menunggu persetujuan Kepala dan mencadangkan dananya.</source>
        <translation>Di atas batas persetujuan {limit}: pembayaran ini menunggu persetujuan Kepala dan mencadangkan dananya.</translation>
    </message>
    <message>
        <source>Jumlah di luar standar wajib disertai alasan (minimal 5 karakter).</source>
        <translation>Jumlah di luar standar wajib disertai alasan (minimal 5 karakter).</translation>
    </message>
    <message>
        <source>Dibayar {amount} kepada {name}. Kuitansi {number}.</source>
        <translation>Dibayar {amount} kepada {name}. Kuitansi {number}.</translation>
    </message>
    <message>
        <source>{amount} untuk {name} menunggu persetujuan Kepala; dananya sudah dicadangkan. Kuitansi terbit setelah disetujui.</source>
        <translation>{amount} untuk {name} menunggu persetujuan Kepala; dananya sudah dicadangkan. Kuitansi terbit setelah disetujui.</translation>
    </message>
    <message>
        <source>Draf {amount} untuk {name} tersimpan. Bendahara membayarnya di tab Kuitansi.</source>
        <translation>Draf {amount} untuk {name} tersimpan. Bendahara membayarnya di tab Kuitansi.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>PaymentLabels</name>
    <message>
        <source>Draf</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation>Menunggu persetujuan</translation>
    </message>
    <message>
        <source>Dibayar</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Bayar</source>
        <extracomment>What a batch does with a household (``PreviewLine.action``).</extracomment>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Lewati</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <source>Tunai</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>per KK</source>
        <translation>per KK</translation>
    </message>
    <message>
        <source>per jiwa per hari</source>
        <translation>per jiwa per hari</translation>
    </message>
    <message>
        <source>per jiwa meninggal</source>
        <translation>per jiwa meninggal</translation>
    </message>
    <message>
        <source>per korban luka berat</source>
        <translation>per korban luka berat</translation>
    </message>
    <message>
        <source>menurut tingkat kerusakan</source>
        <translation>menurut tingkat kerusakan</translation>
    </message>
    <message>
        <source>nilai manual</source>
        <translation>nilai manual</translation>
    </message>
    <message>
        <source>semua KK terdampak</source>
        <translation>semua KK terdampak</translation>
    </message>
    <message>
        <source>KK mengungsi atau rumah rusak berat</source>
        <translation>KK mengungsi atau rumah rusak berat</translation>
    </message>
    <message>
        <source>KK dengan anggota meninggal</source>
        <translation>KK dengan anggota meninggal</translation>
    </message>
    <message>
        <source>KK dengan korban luka berat</source>
        <translation>KK dengan korban luka berat</translation>
    </message>
    <message>
        <source>rumah rusak berat atau sedang</source>
        <translation>rumah rusak berat atau sedang</translation>
    </message>
    <message>
        <source>rumah rusak berat</source>
        <translation>rumah rusak berat</translation>
    </message>
    <message>
        <source>rumah rusak (berat, sedang, ringan)</source>
        <translation>rumah rusak (berat, sedang, ringan)</translation>
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
        <translation>Terendam</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rusak berat</source>
        <translation>Rusak berat</translation>
    </message>
    <message>
        <source>Rusak sedang</source>
        <translation>Rusak sedang</translation>
    </message>
    <message>
        <source>Rusak ringan</source>
        <translation>Rusak ringan</translation>
    </message>
    <message>
        <source>Tidak rusak</source>
        <translation>Tidak rusak</translation>
    </message>
</context>
<context>
    <name>PaymentListPreviewDialog</name>
    <message>
        <source>Belum ada honor yang dibayar untuk {month}.</source>
        <translation>Belum ada honor yang dibayar untuk {month}.</translation>
    </message>
    <message>
        <source>Pratinjau daftar penerimaan honor</source>
        <translation>Pratinjau daftar penerimaan honor</translation>
    </message>
    <message>
        <source>Daftar penerimaan honor</source>
        <translation>Daftar penerimaan honor</translation>
    </message>
    <message>
        <source>Daftar penerimaan honor {month}</source>
        <translation>Daftar penerimaan honor {month}</translation>
    </message>
    <message>
        <source>{rows} relawan, diterima bersih {net}; {pages} halaman A4 mendatar.</source>
        <translation>{rows} relawan, diterima bersih {net}; {pages} halaman A4 mendatar.</translation>
    </message>
    <message>
        <source>Cetak daftar penerimaan</source>
        <translation>Cetak daftar penerimaan</translation>
    </message>
    <message>
        <source>Terkirim ke printer: {pages} halaman.</source>
        <translation>Terkirim ke printer: {pages} halaman.</translation>
    </message>
    <message>
        <source>Simpan daftar penerimaan sebagai PDF</source>
        <translation>Simpan daftar penerimaan sebagai PDF</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} halaman).</source>
        <translation>Tersimpan: {path} ({pages} halaman).</translation>
    </message>
</context>
<context>
    <name>PaymentTab</name>
    <message>
        <source>Bayar satu KK…</source>
        <translation>Bayar satu KK…</translation>
    </message>
    <message>
        <source>Siapkan draf satu KK…</source>
        <translation>Siapkan draf satu KK…</translation>
    </message>
    <message>
        <source>Bayar satu jenis bantuan untuk satu KK (Ctrl+N)</source>
        <translation>Bayar satu jenis bantuan untuk satu KK (Ctrl+N)</translation>
    </message>
    <message>
        <source>Bayar per kelompok…</source>
        <translation>Bayar per kelompok…</translation>
    </message>
    <message>
        <source>Satu jenis bantuan untuk semua KK yang memenuhi syarat (Ctrl+Shift+N)</source>
        <translation>Satu jenis bantuan untuk semua KK yang memenuhi syarat (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membayar atau menyiapkan draf.</source>
        <translation>Hanya {roles} yang dapat membayar atau menyiapkan draf.</translation>
    </message>
    <message>
        <source>Operator menyiapkan draf; Bendahara membayarnya.</source>
        <translation>Operator menyiapkan draf; Bendahara membayarnya.</translation>
    </message>
    <message>
        <source>Kejadian ini belum mempunyai KK terdampak.</source>
        <translation>Kejadian ini belum mempunyai KK terdampak.</translation>
    </message>
    <message>
        <source>{total} KK · {received} sudah menerima bantuan</source>
        <translation>{total} KK · {received} sudah menerima bantuan</translation>
    </message>
    <message>
        <source> (dari {shown} yang dimuat)</source>
        <translation> (dari {shown} yang dimuat)</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>{date} · {title} · {place} ({households} KK)</source>
        <extracomment>Incidents offered in the picker (newest first); the search finds older ones. Aid records read per household (a household gets each aid type at most once per incident).</extracomment>
        <translation>{date} · {title} · {place} ({households} KK)</translation>
    </message>
    <message>
        <source>Penyaluran</source>
        <extracomment>An incident asked for by id (``show_incident``): listed even when not among the newest.</extracomment>
        <translation>Penyaluran</translation>
    </message>
    <message>
        <source>Bantuan tunai dan barang untuk KK terdampak. Pembayaran di atas batas persetujuan menunggu Kepala; setiap pembayaran berkuitansi.</source>
        <translation>Bantuan tunai dan barang untuk KK terdampak. Pembayaran di atas batas persetujuan menunggu Kepala; setiap pembayaran berkuitansi.</translation>
    </message>
    <message>
        <source>Kejadian:</source>
        <translation>Kejadian:</translation>
    </message>
    <message>
        <source>Cari kejadian… (Ctrl+F)</source>
        <translation>Cari kejadian… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pembayaran</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Persetujuan</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Kuitansi</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Tidak ada kejadian yang cocok.</source>
        <translation>Tidak ada kejadian yang cocok.</translation>
    </message>
    <message>
        <source>Belum ada kejadian; catat dulu di halaman Kejadian.</source>
        <translation>Belum ada kejadian; catat dulu di halaman Kejadian.</translation>
    </message>
    <message>
        <source>Persetujuan ({n})</source>
        <translation>Persetujuan ({n})</translation>
    </message>
    <message>
        <source>Ce&amp;tak kuitansi terpilih…</source>
        <translation>Ce&amp;tak kuitansi terpilih…</translation>
    </message>
</context>
<context>
    <name>PdfJob</name>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Membuat PDF kuitansi</source>
        <translation>Membuat PDF kuitansi</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Menyiapkan pratinjau…</source>
        <extracomment>From this many pages on, printing shows its progress (and can be cancelled). The title row; a subclass may add controls on its right.</extracomment>
        <translation>Menyiapkan pratinjau…</translation>
    </message>
    <message>
        <source>Cetak…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Cetak ke printer (Ctrl+P)</source>
        <translation>Cetak ke printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Simpan sebagai file PDF (Ctrl+S)</source>
        <translation>Simpan sebagai file PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Mengirim halaman ke printer…</source>
        <translation>Mengirim halaman ke printer…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PendingModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Perhitungan</source>
        <translation>Perhitungan</translation>
    </message>
    <message>
        <source>Diajukan oleh</source>
        <translation>Diajukan oleh</translation>
    </message>
</context>
<context>
    <name>PersonPaymentsModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Bantuan</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Jumlah (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No. kuitansi</source>
        <translation>No. kuitansi</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Kejadian ini belum mempunyai kuitansi.</source>
        <extracomment>Pages are rasterised at the printer&apos;s resolution, but not finer than this: office printers print 300–600 dpi, and a 1200-dpi A4 page would be a 0.5 GB image.</extracomment>
        <translation>Kejadian ini belum mempunyai kuitansi.</translation>
    </message>
    <message>
        <source>PDF kuitansi tidak dapat dibuka ({name}).</source>
        <translation>PDF kuitansi tidak dapat dibuka ({name}).</translation>
    </message>
    <message>
        <source>Printer tidak dapat dipakai. Periksa printernya, lalu coba lagi.</source>
        <translation>Printer tidak dapat dipakai. Periksa printernya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Printer menolak halaman berikutnya.</source>
        <translation>Printer menolak halaman berikutnya.</translation>
    </message>
    <message>
        <source>Pencetakan dibatalkan.</source>
        <translation>Pencetakan dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RateDialog</name>
    <message>
        <source>Tarif baru — {code}</source>
        <translation>Tarif baru — {code}</translation>
    </message>
    <message>
        <source>Dasar: {basis}. Tarif berlaku sekarang: {rate}. Tarif baru berlaku mulai tanggalnya; pembayaran yang sudah dilakukan tidak berubah.</source>
        <translation>Dasar: {basis}. Tarif berlaku sekarang: {rate}. Tarif baru berlaku mulai tanggalnya; pembayaran yang sudah dilakukan tidak berubah.</translation>
    </message>
    <message>
        <source>mis. 20.000</source>
        <translation>mis. 20.000</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <source>Tingkat kerusakan</source>
        <translation>Tingkat kerusakan</translation>
    </message>
    <message>
        <source>Tarif (Rp)</source>
        <translation>Tarif (Rp)</translation>
    </message>
    <message>
        <source>Tarif wajib diisi, lebih dari Rp0.</source>
        <translation>Tarif wajib diisi, lebih dari Rp0.</translation>
    </message>
    <message>
        <source>Tarif honor baru</source>
        <translation>Tarif honor baru</translation>
    </message>
    <message>
        <source>Tarif baru berlaku untuk honor bulan yang dimulai pada atau setelah tanggal berlakunya. Honor yang sudah dibayar tidak pernah berubah: setiap pembayaran menyimpan jumlah yang dibayarkan saat itu.</source>
        <translation>Tarif baru berlaku untuk honor bulan yang dimulai pada atau setelah tanggal berlakunya. Honor yang sudah dibayar tidak pernah berubah: setiap pembayaran menyimpan jumlah yang dibayarkan saat itu.</translation>
    </message>
    <message>
        <source>mis. 1.250.000</source>
        <translation>mis. 1.250.000</translation>
    </message>
    <message>
        <source>dari</source>
        <translation>dari</translation>
    </message>
    <message>
        <source>bruto</source>
        <translation>bruto</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Jenis relawan</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Honor bulanan (Rp)</translation>
    </message>
    <message>
        <source>Uang harian penugasan (Rp)</source>
        <translation>Uang harian penugasan (Rp)</translation>
    </message>
    <message>
        <source>Potongan pajak</source>
        <translation>Potongan pajak</translation>
    </message>
    <message>
        <source>Belum ada tarif yang berlaku.</source>
        <translation>Belum ada tarif yang berlaku.</translation>
    </message>
    <message>
        <source>Tarif sekarang: {amount} sebulan, uang harian {allowance}, {tax}.</source>
        <translation>Tarif sekarang: {amount} sebulan, uang harian {allowance}, {tax}.</translation>
    </message>
    <message>
        <source>Potongan: {rule}. Honor {gross} → potongan {tax}, diterima {net}.</source>
        <translation>Potongan: {rule}. Honor {gross} → potongan {tax}, diterima {net}.</translation>
    </message>
    <message>
        <source>Honor bulanan wajib diisi (boleh 0).</source>
        <translation>Honor bulanan wajib diisi (boleh 0).</translation>
    </message>
</context>
<context>
    <name>RateHistoryModel</name>
    <message>
        <source>Berlaku</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Terjadwal</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Sudah diganti</source>
        <translation>Sudah diganti</translation>
    </message>
    <message>
        <source>Mulai berlaku</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>Tarif (Rp)</source>
        <translation>Tarif (Rp)</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Berlaku mulai</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Honor bulanan (Rp)</translation>
    </message>
    <message>
        <source>Uang harian (Rp)</source>
        <translation>Uang harian (Rp)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>akan berlaku</source>
        <translation>akan berlaku</translation>
    </message>
    <message>
        <source>berlaku sekarang</source>
        <translation>berlaku sekarang</translation>
    </message>
    <message>
        <source>tarif lama</source>
        <translation>tarif lama</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>wajib diisi</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>boleh dikosongkan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Alasan wajib diisi.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <source>Pratinjau kuitansi</source>
        <extracomment>A print or a save was made and counted (RenderedReceipts).</extracomment>
        <translation>Pratinjau kuitansi</translation>
    </message>
    <message>
        <source>Tampilan</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Seluruh halaman</source>
        <translation>Seluruh halaman</translation>
    </message>
    <message>
        <source>Selebar jendela</source>
        <translation>Selebar jendela</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>Kuitansi {number}</source>
        <translation>Kuitansi {number}</translation>
    </message>
    <message>
        <source>{count} kuitansi ({first} – {last})</source>
        <translation>{count} kuitansi ({first} – {last})</translation>
    </message>
    <message>
        <source>Pratinjau. Belum pernah dicetak: cetakan ini menjadi ASLI; cetakan berikutnya bertanda SALINAN.</source>
        <translation>Pratinjau. Belum pernah dicetak: cetakan ini menjadi ASLI; cetakan berikutnya bertanda SALINAN.</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi, belum pernah dicetak: semuanya dicetak sebagai ASLI.</source>
        <translation>Pratinjau {count} kuitansi, belum pernah dicetak: semuanya dicetak sebagai ASLI.</translation>
    </message>
    <message>
        <source>Pratinjau. Kuitansi ini sudah pernah dicetak: cetakan ini bertanda SALINAN.</source>
        <translation>Pratinjau. Kuitansi ini sudah pernah dicetak: cetakan ini bertanda SALINAN.</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi, semuanya sudah pernah dicetak: dicetak bertanda SALINAN.</source>
        <translation>Pratinjau {count} kuitansi, semuanya sudah pernah dicetak: dicetak bertanda SALINAN.</translation>
    </message>
    <message>
        <source>Pratinjau {count} kuitansi: {originals} dicetak sebagai ASLI, {copies} bertanda SALINAN (sudah pernah dicetak).</source>
        <translation>Pratinjau {count} kuitansi: {originals} dicetak sebagai ASLI, {copies} bertanda SALINAN (sudah pernah dicetak).</translation>
    </message>
    <message>
        <source>{n} kuitansi sudah DIBATALKAN dan tercetak dengan cap BATAL.</source>
        <translation>{n} kuitansi sudah DIBATALKAN dan tercetak dengan cap BATAL.</translation>
    </message>
    <message>
        <source>Cetak kuitansi</source>
        <translation>Cetak kuitansi</translation>
    </message>
    <message>
        <source>Terkirim ke printer: {pages} halaman.</source>
        <translation>Terkirim ke printer: {pages} halaman.</translation>
    </message>
    <message>
        <source>Simpan kuitansi sebagai PDF</source>
        <translation>Simpan kuitansi sebagai PDF</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} halaman).</source>
        <translation>Tersimpan: {path} ({pages} halaman).</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>Semua kejadian</source>
        <translation>Semua kejadian</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Periksa kuitansi…</source>
        <translation>Periksa kuitansi…</translation>
    </message>
    <message>
        <source>Periksa keaslian kuitansi dari kode QR-nya</source>
        <translation>Periksa keaslian kuitansi dari kode QR-nya</translation>
    </message>
    <message>
        <source>Pratinjau / Cetak…</source>
        <translation>Pratinjau / Cetak…</translation>
    </message>
    <message>
        <source>Pratinjau lalu cetak kuitansi terpilih (Ctrl+P)</source>
        <translation>Pratinjau lalu cetak kuitansi terpilih (Ctrl+P)</translation>
    </message>
    <message>
        <source>Batalkan kuitansi…</source>
        <translation>Batalkan kuitansi…</translation>
    </message>
    <message>
        <source>Bayar draf…</source>
        <translation>Bayar draf…</translation>
    </message>
    <message>
        <source>Cetak semua kuitansi kejadian…</source>
        <translation>Cetak semua kuitansi kejadian…</translation>
    </message>
    <message>
        <source>Semua kuitansi kejadian terpilih dalam satu file PDF</source>
        <translation>Semua kuitansi kejadian terpilih dalam satu file PDF</translation>
    </message>
    <message>
        <source>Belum ada penyaluran.</source>
        <translation>Belum ada penyaluran.</translation>
    </message>
    <message>
        <source>{shown} dari {total} penyaluran, terbaru di atas</source>
        <translation>{shown} dari {total} penyaluran, terbaru di atas</translation>
    </message>
    <message>
        <source>{total} penyaluran, terbaru di atas</source>
        <translation>{total} penyaluran, terbaru di atas</translation>
    </message>
    <message>
        <source>Simpan semua kuitansi kejadian</source>
        <translation>Simpan semua kuitansi kejadian</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Membuat PDF kuitansi {incident}…</source>
        <translation>Membuat PDF kuitansi {incident}…</translation>
    </message>
    <message>
        <source>Tersimpan: {path} ({pages} kuitansi).</source>
        <translation>Tersimpan: {path} ({pages} kuitansi).</translation>
    </message>
    <message>
        <source>Batalkan kuitansi</source>
        <translation>Batalkan kuitansi</translation>
    </message>
    <message>
        <source>Batalkan kuitansi {number} ({amount} untuk {name})? Nomornya tetap tercatat, uangnya kembali ke dana lewat entri koreksi hari ini, dan pembatalan tidak dapat diurungkan.</source>
        <translation>Batalkan kuitansi {number} ({amount} untuk {name})? Nomornya tetap tercatat, uangnya kembali ke dana lewat entri koreksi hari ini, dan pembatalan tidak dapat diurungkan.</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Alasan pembatalan</translation>
    </message>
    <message>
        <source>mis. salah penerima, KK pindah</source>
        <translation>mis. salah penerima, KK pindah</translation>
    </message>
    <message>
        <source>Kuitansi {number} dibatalkan; nomornya tetap tercatat.</source>
        <translation>Kuitansi {number} dibatalkan; nomornya tetap tercatat.</translation>
    </message>
    <message>
        <source>Bayar draf</source>
        <translation>Bayar draf</translation>
    </message>
    <message>
        <source>Bayar draf {aid} sebesar {amount} untuk {name} hari ini?</source>
        <translation>Bayar draf {aid} sebesar {amount} untuk {name} hari ini?</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Draf dibayar: {amount}, kuitansi {number}.</source>
        <translation>Draf dibayar: {amount}, kuitansi {number}.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Penerima</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Semua KK terdampak dari semua kejadian: cari seseorang dan lihat riwayatnya, lalu putuskan kemungkinan data ganda.</source>
        <translation>Semua KK terdampak dari semua kejadian: cari seseorang dan lihat riwayatnya, lalu putuskan kemungkinan data ganda.</translation>
    </message>
    <message>
        <source>Impor DTKS/DTSEN…</source>
        <translation>Impor DTKS/DTSEN…</translation>
    </message>
    <message>
        <source>Tandai KK terdampak yang tercantum di ekstrak DTKS/DTSEN</source>
        <translation>Tandai KK terdampak yang tercantum di ekstrak DTKS/DTSEN</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengimpor DTKS/DTSEN.</source>
        <translation>Hanya {roles} yang dapat mengimpor DTKS/DTSEN.</translation>
    </message>
    <message>
        <source>Cari penerima</source>
        <translation>Cari penerima</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>— pilih {kecamatan} —</source>
        <translation>— pilih {kecamatan} —</translation>
    </message>
    <message>
        <source>— seluruh {kecamatan} —</source>
        <translation>— seluruh {kecamatan} —</translation>
    </message>
    <message>
        <source>— pilih {desa} —</source>
        <translation>— pilih {desa} —</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Nama kepala keluarga</source>
        <extracomment>Column → ``households.list_households`` sort key.</extracomment>
        <translation>Nama kepala keluarga</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>Mengungsi</source>
        <translation>Mengungsi</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>Duplikat</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat yang belum diputuskan: periksa di Penerima → Kemungkinan duplikat.</source>
        <translation>Kemungkinan duplikat yang belum diputuskan: periksa di Penerima → Kemungkinan duplikat.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Laporan</source>
        <extracomment>The page has shown a month (tests and the screenshots wait for this). The LPJ files were written and recorded: ``{&quot;pdf&quot;: Path, …}``. A progress line of the LPJ writer (as the progress dialog shows it). The office&apos;s today; tests fix it.</extracomment>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>LPJ bulanan per dana: periksa ringkasan dan kecocokannya dengan buku kas, simpan berkas LPJ (PDF, Excel, CSV, 3W), lalu tutup bulan.</source>
        <translation>LPJ bulanan per dana: periksa ringkasan dan kecocokannya dengan buku kas, simpan berkas LPJ (PDF, Excel, CSV, 3W), lalu tutup bulan.</translation>
    </message>
    <message>
        <source>12 bulan terakhir</source>
        <translation>12 bulan terakhir</translation>
    </message>
    <message>
        <source>Bulan ditutup setelah LPJ-nya dibuat. Catatan bertanggal di bulan yang sudah ditutup tidak dapat ditambah atau diubah; koreksi masuk ke bulan berjalan.</source>
        <translation>Bulan ditutup setelah LPJ-nya dibuat. Catatan bertanggal di bulan yang sudah ditutup tidak dapat ditambah atau diubah; koreksi masuk ke bulan berjalan.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>&amp;Dana:</source>
        <translation>&amp;Dana:</translation>
    </message>
    <message>
        <source>Simpan LPJ…</source>
        <translation>Simpan LPJ…</translation>
    </message>
    <message>
        <source>NIK lengkap</source>
        <translation>NIK lengkap</translation>
    </message>
    <message>
        <source>Tanpa centang, NIK pada berkas LPJ disamarkan (340208******0003). NIK lengkap hanya bila benar-benar diperlukan; pembuatannya dicatat di log audit.</source>
        <translation>Tanpa centang, NIK pada berkas LPJ disamarkan (340208******0003). NIK lengkap hanya bila benar-benar diperlukan; pembuatannya dicatat di log audit.</translation>
    </message>
    <message>
        <source>Tutup bulan</source>
        <translation>Tutup bulan</translation>
    </message>
    <message>
        <source>Buka kembali…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>⚠ Berkas akan berisi NIK lengkap (data pribadi, UU 27/2022). Pembuatannya dicatat di log audit atas nama Anda; simpan dan bagikan dengan hati-hati.</source>
        <translation>⚠ Berkas akan berisi NIK lengkap (data pribadi, UU 27/2022). Pembuatannya dicatat di log audit atas nama Anda; simpan dan bagikan dengan hati-hati.</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>&amp;Simpan LPJ…</source>
        <translation>&amp;Simpan LPJ…</translation>
    </message>
    <message>
        <source>Ce&amp;tak LPJ (simpan PDF)…</source>
        <translation>Ce&amp;tak LPJ (simpan PDF)…</translation>
    </message>
    <message>
        <source>Rekap bulan</source>
        <translation>Rekap bulan</translation>
    </message>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>KK menerima bantuan</source>
        <translation>KK menerima bantuan</translation>
    </message>
    <message>
        <source>Jiwa</source>
        <translation>Jiwa</translation>
    </message>
    <message>
        <source>Kuitansi terbit</source>
        <translation>Kuitansi terbit</translation>
    </message>
    <message>
        <source>Kuitansi dibatalkan</source>
        <translation>Kuitansi dibatalkan</translation>
    </message>
    <message>
        <source>Kuitansi bantuan</source>
        <translation>Kuitansi bantuan</translation>
    </message>
    <message>
        <source>Kuitansi honor</source>
        <translation>Kuitansi honor</translation>
    </message>
    <message>
        <source>LPJ dibuat dan bulan ditutup oleh {roles}.</source>
        <translation>LPJ dibuat dan bulan ditutup oleh {roles}.</translation>
    </message>
    <message>
        <source>Bulan yang sudah ditutup dibuka kembali oleh {roles}.</source>
        <translation>Bulan yang sudah ditutup dibuka kembali oleh {roles}.</translation>
    </message>
    <message>
        <source>Semua dana</source>
        <translation>Semua dana</translation>
    </message>
    <message>
        <source>Cocok dengan buku kas</source>
        <translation>Cocok dengan buku kas</translation>
    </message>
    <message>
        <source>— saldo awal + penerimaan − pengeluaran = saldo akhir; daftar penerima, honor dan kuitansi sama dengan BKU.</source>
        <translation>— saldo awal + penerimaan − pengeluaran = saldo akhir; daftar penerima, honor dan kuitansi sama dengan BKU.</translation>
    </message>
    <message>
        <source>Tidak cocok dengan buku kas — LPJ belum dapat dibuat:</source>
        <translation>Tidak cocok dengan buku kas — LPJ belum dapat dibuat:</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membuat LPJ.</source>
        <translation>Hanya {roles} yang dapat membuat LPJ.</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menutup bulan.</source>
        <translation>Hanya {roles} yang dapat menutup bulan.</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membuka kembali bulan.</source>
        <translation>Hanya {roles} yang dapat membuka kembali bulan.</translation>
    </message>
    <message>
        <source>LPJ tidak dapat dibuat selama angka belum cocok dengan buku kas.</source>
        <translation>LPJ tidak dapat dibuat selama angka belum cocok dengan buku kas.</translation>
    </message>
    <message>
        <source>Simpan LPJ {month}: PDF, Excel, CSV dan 3W HXL (Ctrl+S)</source>
        <translation>Simpan LPJ {month}: PDF, Excel, CSV dan 3W HXL (Ctrl+S)</translation>
    </message>
    <message>
        <source>Bulan ini sudah ditutup.</source>
        <translation>Bulan ini sudah ditutup.</translation>
    </message>
    <message>
        <source>Bulan ini belum berakhir; dapat ditutup mulai tanggal 1 bulan berikutnya.</source>
        <translation>Bulan ini belum berakhir; dapat ditutup mulai tanggal 1 bulan berikutnya.</translation>
    </message>
    <message>
        <source>Simpan LPJ bulan ini dulu; bulan ditutup setelah LPJ dibuat.</source>
        <translation>Simpan LPJ bulan ini dulu; bulan ditutup setelah LPJ dibuat.</translation>
    </message>
    <message>
        <source>Angka bulan ini tidak lagi cocok dengan buku kas; periksa dan buat LPJ ulang sebelum menutup bulan.</source>
        <translation>Angka bulan ini tidak lagi cocok dengan buku kas; periksa dan buat LPJ ulang sebelum menutup bulan.</translation>
    </message>
    <message>
        <source>Kunci {month}: tidak ada lagi yang dapat dicatat dengan tanggal di bulan ini.</source>
        <translation>Kunci {month}: tidak ada lagi yang dapat dicatat dengan tanggal di bulan ini.</translation>
    </message>
    <message>
        <source>Bulan ini tidak sedang ditutup.</source>
        <translation>Bulan ini tidak sedang ditutup.</translation>
    </message>
    <message>
        <source>Buka kembali {month} untuk koreksi (dengan alasan; dicatat di log audit).</source>
        <translation>Buka kembali {month} untuk koreksi (dengan alasan; dicatat di log audit).</translation>
    </message>
    <message>
        <source>Pilih folder untuk LPJ {month}</source>
        <translation>Pilih folder untuk LPJ {month}</translation>
    </message>
    <message>
        <source>Menyiapkan LPJ {month}…</source>
        <translation>Menyiapkan LPJ {month}…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Simpan LPJ</source>
        <translation>Simpan LPJ</translation>
    </message>
    <message>
        <source>Mencatat LPJ…</source>
        <translation>Mencatat LPJ…</translation>
    </message>
    <message>
        <source>LPJ {month} disimpan di {folder}: {names}.</source>
        <translation>LPJ {month} disimpan di {folder}: {names}.</translation>
    </message>
    <message>
        <source>Berkas berisi NIK lengkap; tercatat di log audit.</source>
        <translation>Berkas berisi NIK lengkap; tercatat di log audit.</translation>
    </message>
    <message>
        <source>Berkas LPJ sudah ditulis di {folder}, tetapi pencatatannya gagal: {why}</source>
        <translation>Berkas LPJ sudah ditulis di {folder}, tetapi pencatatannya gagal: {why}</translation>
    </message>
    <message>
        <source>Tutup {month}?</source>
        <translation>Tutup {month}?</translation>
    </message>
    <message>
        <source>Setelah ditutup, tidak ada yang dapat dicatat dengan tanggal di {month}; koreksi dicatat di bulan berjalan sebagai pembalikan. Bulan hanya dapat dibuka kembali oleh {roles}, dengan alasan.</source>
        <translation>Setelah ditutup, tidak ada yang dapat dicatat dengan tanggal di {month}; koreksi dicatat di bulan berjalan sebagai pembalikan. Bulan hanya dapat dibuka kembali oleh {roles}, dengan alasan.</translation>
    </message>
    <message>
        <source>{month} ditutup.</source>
        <translation>{month} ditutup.</translation>
    </message>
    <message>
        <source>Buka kembali {month}</source>
        <translation>Buka kembali {month}</translation>
    </message>
    <message>
        <source>Selama dibuka kembali, catatan bertanggal di bulan ini dapat ditambah lagi sampai Bendahara menutupnya kembali (setelah LPJ-nya diperbarui). Alasan dicatat di log audit.</source>
        <translation>Selama dibuka kembali, catatan bertanggal di bulan ini dapat ditambah lagi sampai Bendahara menutupnya kembali (setelah LPJ-nya diperbarui). Alasan dicatat di log audit.</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Buka kembali</source>
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>mis. koreksi kuitansi yang salah tanggal</source>
        <translation>mis. koreksi kuitansi yang salah tanggal</translation>
    </message>
    <message>
        <source>{month} dibuka kembali.</source>
        <translation>{month} dibuka kembali.</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>PULIHKAN</source>
        <extracomment>What the admin types to confirm (Indonesian, upper case, as shown in the dialog). The word to type (in the language on screen: ``RESTORE`` in English).</extracomment>
        <translation>PULIHKAN</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <source>Semua data di database yang sedang dipakai akan DIGANTI dengan isi file cadangan. Pekerjaan yang dicatat sesudah cadangan itu dibuat tidak ada lagi di database yang dipakai.</source>
        <translation>Semua data di database yang sedang dipakai akan DIGANTI dengan isi file cadangan. Pekerjaan yang dicatat sesudah cadangan itu dibuat tidak ada lagi di database yang dipakai.</translation>
    </message>
    <message>
        <source>File cadangan</source>
        <translation>File cadangan</translation>
    </message>
    <message>
        <source>Tanggal file</source>
        <translation>Tanggal file</translation>
    </message>
    <message>
        <source>Database yang diganti</source>
        <translation>Database yang diganti</translation>
    </message>
    <message>
        <source>Salinannya disimpan di</source>
        <translation>Salinannya disimpan di</translation>
    </message>
    <message>
        <source>Sebelum diganti, database yang sekarang disalin dulu ke folder cadangan di atas, jadi masih dapat dikembalikan.</source>
        <translation>Sebelum diganti, database yang sekarang disalin dulu ke folder cadangan di atas, jadi masih dapat dikembalikan.</translation>
    </message>
    <message>
        <source>Sesudah pemulihan program ditutup; buka kembali lalu masuk lagi. Pastikan komputer lain tidak sedang memakai database ini.</source>
        <translation>Sesudah pemulihan program ditutup; buka kembali lalu masuk lagi. Pastikan komputer lain tidak sedang memakai database ini.</translation>
    </message>
    <message>
        <source>Cadangan ini dari versi program yang lebih lama; skemanya diperbarui.</source>
        <translation>Cadangan ini dari versi program yang lebih lama; skemanya diperbarui.</translation>
    </message>
    <message>
        <source>Ketik &lt;b&gt;{word}&lt;/b&gt; untuk melanjutkan:</source>
        <translation>Ketik &lt;b&gt;{word}&lt;/b&gt; untuk melanjutkan:</translation>
    </message>
    <message>
        <source>Ganti database</source>
        <translation>Ganti database</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Cari nama, NIA atau NIK… (Ctrl+F)</source>
        <extracomment>Roster rows read per batch as the table scrolls. Typing in the search box waits this long for the next key before querying.</extracomment>
        <translation>Cari nama, NIA atau NIK… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Semua tingkat</source>
        <translation>Semua tingkat</translation>
    </message>
    <message>
        <source>Semua kapanewon</source>
        <translation>Semua kapanewon</translation>
    </message>
    <message>
        <source>Aktif dan nonaktif</source>
        <translation>Aktif dan nonaktif</translation>
    </message>
    <message>
        <source>Hanya aktif</source>
        <translation>Hanya aktif</translation>
    </message>
    <message>
        <source>Hanya nonaktif</source>
        <translation>Hanya nonaktif</translation>
    </message>
    <message>
        <source>Impor dari Excel…</source>
        <translation>Impor dari Excel…</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Ubah data relawan terpilih (Enter)</source>
        <translation>Ubah data relawan terpilih (Enter)</translation>
    </message>
    <message>
        <source>Tambah relawan…</source>
        <translation>Tambah relawan…</translation>
    </message>
    <message>
        <source>Tambah relawan (Ctrl+N)</source>
        <translation>Tambah relawan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat menambah atau mengubah data relawan.</source>
        <translation>Hanya {roles} yang dapat menambah atau mengubah data relawan.</translation>
    </message>
    <message>
        <source>Semua {word}</source>
        <translation>Semua {word}</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang cocok.</source>
        <translation>Tidak ada relawan yang cocok.</translation>
    </message>
    <message>
        <source>{shown} dari {total} relawan</source>
        <translation>{shown} dari {total} relawan</translation>
    </message>
    <message>
        <source>{total} relawan</source>
        <translation>{total} relawan</translation>
    </message>
    <message>
        <source>Penugasan {name}</source>
        <translation>Penugasan {name}</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIA</source>
        <translation>NIA</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Masalah</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>NIK (awalan, min. 4 digit), No. KK, atau bagian nama (min. 3 huruf)… (Ctrl+F)</source>
        <extracomment>Payments read per registration (a household gets each aid type at most once per incident). Every payment to any of the registrations, newest first.</extracomment>
        <translation>NIK (awalan, min. 4 digit), No. KK, atau bagian nama (min. 3 huruf)… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Cari di semua kejadian: ketik NIK, No. KK, atau sebagian nama kepala keluarga.</source>
        <translation>Cari di semua kejadian: ketik NIK, No. KK, atau sebagian nama kepala keluarga.</translation>
    </message>
    <message>
        <source>Pilih satu hasil untuk melihat riwayatnya.</source>
        <translation>Pilih satu hasil untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>Bantuan yang diterima</source>
        <translation>Bantuan yang diterima</translation>
    </message>
    <message>
        <source>Mencari…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Tidak ditemukan untuk “{q}”.</source>
        <translation>Tidak ditemukan untuk “{q}”.</translation>
    </message>
    <message>
        <source>{shown} dari {total} hasil untuk “{q}”, terbaru di atas</source>
        <translation>{shown} dari {total} hasil untuk “{q}”, terbaru di atas</translation>
    </message>
    <message>
        <source>{total} hasil untuk “{q}”, terbaru di atas</source>
        <translation>{total} hasil untuk “{q}”, terbaru di atas</translation>
    </message>
    <message>
        <source>Riwayat {name} · NIK {nik} · terdaftar di {n} kejadian</source>
        <translation>Riwayat {name} · NIK {nik} · terdaftar di {n} kejadian</translation>
    </message>
    <message>
        <source>{sex}, lahir {date}</source>
        <translation>{sex}, lahir {date}</translation>
    </message>
    <message>
        <source>No. KK {kk}</source>
        <translation>No. KK {kk}</translation>
    </message>
    <message>
        <source>HP {phone}</source>
        <translation>HP {phone}</translation>
    </message>
    <message>
        <source>Belum pernah menerima bantuan.</source>
        <translation>Belum pernah menerima bantuan.</translation>
    </message>
    <message>
        <source>{n} kali dibayar, jumlah {amount}</source>
        <translation>{n} kali dibayar, jumlah {amount}</translation>
    </message>
    <message>
        <source>Belum ada yang dibayar</source>
        <translation>Belum ada yang dibayar</translation>
    </message>
    <message>
        <source>{n} menunggu persetujuan</source>
        <translation>{n} menunggu persetujuan</translation>
    </message>
</context>
<context>
    <name>SearchTableModel</name>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
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
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kerusakan</source>
        <translation>Kerusakan</translation>
    </message>
    <message>
        <source>DTKS</source>
        <translation>DTKS</translation>
    </message>
    <message>
        <source>Kemungkinan duplikat yang belum diputuskan.</source>
        <translation>Kemungkinan duplikat yang belum diputuskan.</translation>
    </message>
    <message>
        <source>Data ini sudah digabungkan ke data lain.</source>
        <translation>Data ini sudah digabungkan ke data lain.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Profil kantor yang tercetak di kuitansi dan LPJ, serta penandatangannya.</source>
        <translation>Profil kantor yang tercetak di kuitansi dan LPJ, serta penandatangannya.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Pengguna &amp;baru…</source>
        <translation>Pengguna &amp;baru…</translation>
    </message>
    <message>
        <source>Jenis Bantuan</source>
        <translation>Jenis Bantuan</translation>
    </message>
    <message>
        <source>Relawan</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>&amp;Simpan profil kantor</source>
        <translation>&amp;Simpan profil kantor</translation>
    </message>
</context>
<context>
    <name>SignatoriesPage</name>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</source>
        <translation>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</translation>
    </message>
    <message>
        <source>Nama lengkap dan gelar</source>
        <translation>Nama lengkap dan gelar</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>mis. Drs. Bambang Suharto, M.Si.</source>
        <translation>mis. Drs. Bambang Suharto, M.Si.</translation>
    </message>
    <message>
        <source>boleh dikosongkan</source>
        <translation>boleh dikosongkan</translation>
    </message>
    <message>
        <source>mis. Sri Wahyuningsih, S.E.</source>
        <translation>mis. Sri Wahyuningsih, S.E.</translation>
    </message>
    <message>
        <source>{role} (opsional)</source>
        <translation>{role} (opsional)</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digit</translation>
    </message>
    <message>
        <source>Kuitansi ditandatangani bendahara dan diketahui kepala dinas (bisa diganti PPTK di Pengaturan → Kantor).</source>
        <translation>Kuitansi ditandatangani bendahara dan diketahui kepala dinas (bisa diganti PPTK di Pengaturan → Kantor).</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Ubah penandatangan</source>
        <translation>Ubah penandatangan</translation>
    </message>
    <message>
        <source>Tambah penandatangan</source>
        <translation>Tambah penandatangan</translation>
    </message>
    <message>
        <source>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</source>
        <translation>Nama dan NIP dicetak di bawah tanda tangan pada kuitansi dan LPJ. NIP 18 digit; kosongkan untuk penandatangan non-PNS.</translation>
    </message>
    <message>
        <source>mis. Drs. Sri Wahyuni, M.Si.</source>
        <translation>mis. Drs. Sri Wahyuni, M.Si.</translation>
    </message>
    <message>
        <source>18 digit, mis. 197001011998031001</source>
        <translation>18 digit, mis. 197001011998031001</translation>
    </message>
    <message>
        <source>mis. Kepala Dinas Sosial Kabupaten Bantul</source>
        <translation>mis. Kepala Dinas Sosial Kabupaten Bantul</translation>
    </message>
    <message>
        <source>Aktif (dipakai saat mencetak)</source>
        <translation>Aktif (dipakai saat mencetak)</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>SignatoryTableModel</name>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>Tidak</translation>
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
        <translation>Nama</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Bruto (Rp)</source>
        <translation>Bruto (Rp)</translation>
    </message>
    <message>
        <source>Potongan (Rp)</source>
        <translation>Potongan (Rp)</translation>
    </message>
    <message>
        <source>Netto (Rp)</source>
        <translation>Netto (Rp)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>termasuk penugasan {days} hari ({amount})</source>
        <translation>termasuk penugasan {days} hari ({amount})</translation>
    </message>
</context>
<context>
    <name>StipendRunDialog</name>
    <message>
        <source>Bayar honor {month}</source>
        <translation>Bayar honor {month}</translation>
    </message>
    <message>
        <source>Bayar honor {month} dari dana {fund} kepada {n} relawan?</source>
        <translation>Bayar honor {month} dari dana {fund} kepada {n} relawan?</translation>
    </message>
    <message>
        <source>Jumlah bruto (keluar dari dana)</source>
        <translation>Jumlah bruto (keluar dari dana)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Diterima relawan (netto)</source>
        <translation>Diterima relawan (netto)</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Tersedia {fund}</translation>
    </message>
    <message>
        <source>Sisa setelah dibayar</source>
        <translation>Sisa setelah dibayar</translation>
    </message>
    <message>
        <source>Tanggal bayar</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Setiap relawan mendapat kuitansi bernomor. Relawan yang sudah dibayar untuk bulan ini tidak dibayar lagi.</source>
        <translation>Setiap relawan mendapat kuitansi bernomor. Relawan yang sudah dibayar untuk bulan ini tidak dibayar lagi.</translation>
    </message>
    <message>
        <source>{n} relawan tidak ikut dibayar (sudah dibayar atau dilewati).</source>
        <translation>{n} relawan tidak ikut dibayar (sudah dibayar atau dilewati).</translation>
    </message>
    <message>
        <source>Pembayaran yang salah dibetulkan dengan membatalkan kuitansinya (dengan alasan).</source>
        <translation>Pembayaran yang salah dibetulkan dengan membatalkan kuitansinya (dengan alasan).</translation>
    </message>
    <message>
        <source>Bayar</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Membayar…</source>
        <translation>Membayar…</translation>
    </message>
</context>
<context>
    <name>StipendTab</name>
    <message>
        <source>Bulan:</source>
        <translation>Bulan:</translation>
    </message>
    <message>
        <source>Cetak daftar penerimaan…</source>
        <translation>Cetak daftar penerimaan…</translation>
    </message>
    <message>
        <source>Pratinjau, cetak atau simpan daftar penerimaan honor bulan ini (Ctrl+P)</source>
        <translation>Pratinjau, cetak atau simpan daftar penerimaan honor bulan ini (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cetak kuitansi per relawan…</source>
        <translation>Cetak kuitansi per relawan…</translation>
    </message>
    <message>
        <source>Kuitansi honor bulan ini, satu halaman per relawan: pratinjau, cetak, simpan</source>
        <translation>Kuitansi honor bulan ini, satu halaman per relawan: pratinjau, cetak, simpan</translation>
    </message>
    <message>
        <source>Bayar honor…</source>
        <translation>Bayar honor…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat membayar honor.</source>
        <translation>Hanya {roles} yang dapat membayar honor.</translation>
    </message>
    <message>
        <source>Akan dibayar (bruto)</source>
        <translation>Akan dibayar (bruto)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Diterima (netto)</source>
        <translation>Diterima (netto)</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Akan dibayar ({n} relawan), bruto</source>
        <translation>Akan dibayar ({n} relawan), bruto</translation>
    </message>
    <message>
        <source>Sudah dibayar ({n} relawan)</source>
        <translation>Sudah dibayar ({n} relawan)</translation>
    </message>
    <message>
        <source>Tersedia {fund}</source>
        <translation>Tersedia {fund}</translation>
    </message>
    <message>
        <source>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available} — kurang {short}. Tambah alokasi di halaman Dana sebelum membayar.</source>
        <translation>Saldo dana {fund} tidak cukup: dibutuhkan {needed}, tersedia {available} — kurang {short}. Tambah alokasi di halaman Dana sebelum membayar.</translation>
    </message>
    <message>
        <source>{total} relawan aktif pada {month}: {pay} akan dibayar, {paid} sudah dibayar, {skipped} dilewati.</source>
        <translation>{total} relawan aktif pada {month}: {pay} akan dibayar, {paid} sudah dibayar, {skipped} dilewati.</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Bulan {month} belum mulai.</source>
        <translation>Bulan {month} belum mulai.</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang perlu dibayar untuk {month}.</source>
        <translation>Tidak ada relawan yang perlu dibayar untuk {month}.</translation>
    </message>
    <message>
        <source>Saldo dana {fund} kurang {short}.</source>
        <translation>Saldo dana {fund} kurang {short}.</translation>
    </message>
    <message>
        <source>Bayar honor bulan ini kepada {n} relawan</source>
        <translation>Bayar honor bulan ini kepada {n} relawan</translation>
    </message>
    <message>
        <source>Honor {month} dibayar kepada {n} relawan: bruto {gross}, diterima {net}. Kuitansi {first} s.d. {last}.</source>
        <translation>Honor {month} dibayar kepada {n} relawan: bruto {gross}, diterima {net}. Kuitansi {first} s.d. {last}.</translation>
    </message>
    <message>
        <source>Tidak ada relawan yang dibayar: semua sudah dibayar atau dilewati.</source>
        <translation>Tidak ada relawan yang dibayar: semua sudah dibayar atau dilewati.</translation>
    </message>
    <message>
        <source>Belum ada kuitansi honor untuk bulan ini.</source>
        <translation>Belum ada kuitansi honor untuk bulan ini.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ringkasan</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Periksa sekali lagi. Selesai menyimpan semuanya dalam satu langkah; bila gagal, tidak ada yang tersimpan.</source>
        <translation>Periksa sekali lagi. Selesai menyimpan semuanya dalam satu langkah; bila gagal, tidak ada yang tersimpan.</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Kop surat</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kota tanda tangan</source>
        <translation>Kota tanda tangan</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>ada</translation>
    </message>
    <message>
        <source>tanpa logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>Penandatangan</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>NIP {nip}</source>
        <translation>NIP {nip}</translation>
    </message>
    <message>
        <source>tanpa NIP</source>
        <translation>tanpa NIP</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Bendahara</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>belum dibuat</source>
        <translation>belum dibuat</translation>
    </message>
    <message>
        <source>Dana</source>
        <translation>Dana</translation>
    </message>
    <message>
        <source>{amount}, {reference}, {day} (dicatat oleh {user})</source>
        <translation>{amount}, {reference}, {day} (dicatat oleh {user})</translation>
    </message>
    <message>
        <source>tanpa alokasi awal</source>
        <translation>tanpa alokasi awal</translation>
    </message>
    <message>
        <source>Setelah disimpan, Tagana Desk terbuka dan Anda masuk sebagai {user}.</source>
        <translation>Setelah disimpan, Tagana Desk terbuka dan Anda masuk sebagai {user}.</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Batal</source>
        <extracomment>Work that ends sooner never shows the dialog.</extracomment>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>{done} dari ±{total} baris…</source>
        <translation>{done} dari ±{total} baris…</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Ubah pengguna {username}</source>
        <extracomment>Service field names (``ValidationError.field``) → the form&apos;s field keys. The order roles are offered in: the everyday ones first.</extracomment>
        <translation>Ubah pengguna {username}</translation>
    </message>
    <message>
        <source>Pengguna baru</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>Setiap orang masuk dengan akunnya sendiri; perannya menentukan apa yang boleh ia kerjakan, dan namanya tercatat di log audit.</source>
        <translation>Setiap orang masuk dengan akunnya sendiri; perannya menentukan apa yang boleh ia kerjakan, dan namanya tercatat di log audit.</translation>
    </message>
    <message>
        <source>Nama pengguna tidak dapat diubah. Akun nonaktif tidak dapat masuk, tetapi riwayatnya di log audit tetap ada.</source>
        <translation>Nama pengguna tidak dapat diubah. Akun nonaktif tidak dapat masuk, tetapi riwayatnya di log audit tetap ada.</translation>
    </message>
    <message>
        <source>huruf kecil, mis. rina atau rina.k</source>
        <translation>huruf kecil, mis. rina atau rina.k</translation>
    </message>
    <message>
        <source>mis. Rina Kurniasih</source>
        <translation>mis. Rina Kurniasih</translation>
    </message>
    <message>
        <source>18 digit, boleh kosong</source>
        <translation>18 digit, boleh kosong</translation>
    </message>
    <message>
        <source>Minimal {n} karakter, berisi huruf dan angka.</source>
        <translation>Minimal {n} karakter, berisi huruf dan angka.</translation>
    </message>
    <message>
        <source>Aktif (boleh masuk)</source>
        <translation>Aktif (boleh masuk)</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Ulangi kata sandi</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Peran dan status akun Anda sendiri diubah oleh admin lain.</source>
        <translation>Peran dan status akun Anda sendiri diubah oleh admin lain.</translation>
    </message>
    <message>
        <source>Kejadian, KK terdampak, impor daftar desa, draf penyaluran.</source>
        <translation>Kejadian, KK terdampak, impor daftar desa, draf penyaluran.</translation>
    </message>
    <message>
        <source>Alokasi dana, pembayaran, pembatalan kuitansi, honor, LPJ, tutup bulan.</source>
        <translation>Alokasi dana, pembayaran, pembatalan kuitansi, honor, LPJ, tutup bulan.</translation>
    </message>
    <message>
        <source>Persetujuan pembayaran besar, izin data ganda, buka kembali bulan.</source>
        <translation>Persetujuan pembayaran besar, izin data ganda, buka kembali bulan.</translation>
    </message>
    <message>
        <source>Hanya membaca, termasuk log audit.</source>
        <translation>Hanya membaca, termasuk log audit.</translation>
    </message>
    <message>
        <source>Pengaturan kantor, pengguna, cadangan dan pemulihan database.</source>
        <translation>Pengaturan kantor, pengguna, cadangan dan pemulihan database.</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Nama pengguna</source>
        <extracomment>The time &quot;Terkunci sampai&quot; is measured against; None = the clock (tests set it).</extracomment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Login terakhir</source>
        <translation>Login terakhir</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Terkunci sampai {time}</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Terlalu banyak kata sandi salah. Terbuka sendiri pada jamnya, atau segera setelah admin mengatur ulang kata sandinya.</source>
        <translation>Terlalu banyak kata sandi salah. Terbuka sendiri pada jamnya, atau segera setelah admin mengatur ulang kata sandinya.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Pengguna</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat melihat dan mengelola pengguna; Anda masuk sebagai {role}.</source>
        <translation>Hanya {roles} yang dapat melihat dan mengelola pengguna; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source>Kata sandi Anda sendiri dapat diubah lewat Berkas → Ubah kata sandi saya…</source>
        <translation>Kata sandi Anda sendiri dapat diubah lewat Berkas → Ubah kata sandi saya…</translation>
    </message>
    <message>
        <source>Setiap orang masuk dengan akunnya sendiri. Akun yang tidak dipakai lagi dinonaktifkan, tidak dihapus: namanya tetap tercatat di log audit. Setelah 5 kali kata sandi salah, akun terkunci 15 menit.</source>
        <translation>Setiap orang masuk dengan akunnya sendiri. Akun yang tidak dipakai lagi dinonaktifkan, tidak dihapus: namanya tetap tercatat di log audit. Setelah 5 kali kata sandi salah, akun terkunci 15 menit.</translation>
    </message>
    <message>
        <source>Ubah…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi…</source>
        <translation>Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Pengguna baru…</source>
        <translation>Pengguna baru…</translation>
    </message>
    <message>
        <source>Tambah pengguna (Ctrl+N)</source>
        <translation>Tambah pengguna (Ctrl+N)</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Izinkan akun ini masuk lagi</source>
        <translation>Izinkan akun ini masuk lagi</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun Anda sendiri.</source>
        <translation>Anda tidak dapat menonaktifkan akun Anda sendiri.</translation>
    </message>
    <message>
        <source>Akun ini tidak dapat masuk lagi; riwayatnya tetap ada</source>
        <translation>Akun ini tidak dapat masuk lagi; riwayatnya tetap ada</translation>
    </message>
    <message>
        <source>Ubah kata sandi saya…</source>
        <translation>Ubah kata sandi saya…</translation>
    </message>
    <message>
        <source>Pengguna {username} tersimpan.</source>
        <translation>Pengguna {username} tersimpan.</translation>
    </message>
    <message>
        <source>Kata sandi {username} diganti.</source>
        <translation>Kata sandi {username} diganti.</translation>
    </message>
    <message>
        <source>Akun {username} diaktifkan.</source>
        <translation>Akun {username} diaktifkan.</translation>
    </message>
    <message>
        <source>Akun {username} dinonaktifkan.</source>
        <translation>Akun {username} dinonaktifkan.</translation>
    </message>
</context>
<context>
    <name>VerifyReceiptDialog</name>
    <message>
        <source>Periksa kuitansi</source>
        <translation>Periksa kuitansi</translation>
    </message>
    <message>
        <source>Pindai kode QR pada kuitansi, atau tempel teksnya (mulai dengan TGD1|…), lalu tekan Enter. Kode memuat nomor, jumlah dan tanggal kuitansi beserta tanda tangan digital kantor.</source>
        <translation>Pindai kode QR pada kuitansi, atau tempel teksnya (mulai dengan TGD1|…), lalu tekan Enter. Kode memuat nomor, jumlah dan tanggal kuitansi beserta tanda tangan digital kantor.</translation>
    </message>
    <message>
        <source>TGD1|0007/BTT/XI/2026|525000|20261125|…</source>
        <translation>TGD1|0007/BTT/XI/2026|525000|20261125|…</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Tempel atau pindai kode QR kuitansi dulu.</source>
        <translation>Tempel atau pindai kode QR kuitansi dulu.</translation>
    </message>
    <message>
        <source>✔ ASLI dan berlaku</source>
        <translation>✔ ASLI dan berlaku</translation>
    </message>
    <message>
        <source>Belum ada kode yang diperiksa.</source>
        <translation>Belum ada kode yang diperiksa.</translation>
    </message>
</context>
<context>
    <name>VolunteerDeploymentModel</name>
    <message>
        <source>Kejadian</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Uang harian</source>
        <translation>Uang harian</translation>
    </message>
    <message>
        <source>dibayar bersama honor</source>
        <translation>dibayar bersama honor</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>Ubah data relawan</source>
        <extracomment>Service field names (ValidationError.field) → the form&apos;s field keys.</extracomment>
        <translation>Ubah data relawan</translation>
    </message>
    <message>
        <source>Tambah relawan</source>
        <translation>Tambah relawan</translation>
    </message>
    <message>
        <source>Data anggota Tagana dan PSKS untuk honor bulanan dan penugasan. NIK dicek saat diketik; nomor rekening dipakai pada daftar penerimaan honor.</source>
        <translation>Data anggota Tagana dan PSKS untuk honor bulanan dan penugasan. NIK dicek saat diketik; nomor rekening dipakai pada daftar penerimaan honor.</translation>
    </message>
    <message>
        <source>Identitas</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>nama sesuai KTP, mis. Heri Purnomo</source>
        <translation>nama sesuai KTP, mis. Heri Purnomo</translation>
    </message>
    <message>
        <source>16 digit, mis. 3402081203900001</source>
        <translation>16 digit, mis. 3402081203900001</translation>
    </message>
    <message>
        <source>mis. 0812 2700 1234</source>
        <translation>mis. 0812 2700 1234</translation>
    </message>
    <message>
        <source>mis. BPD DIY</source>
        <translation>mis. BPD DIY</translation>
    </message>
    <message>
        <source>mis. 001.221.334455</source>
        <translation>mis. 001.221.334455</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>HP</source>
        <translation>HP</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>No. rekening</source>
        <translation>No. rekening</translation>
    </message>
    <message>
        <source>Keanggotaan</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Nomor Induk Anggota, mis. 34.02.08.0012</source>
        <translation>Nomor Induk Anggota, mis. 34.02.08.0012</translation>
    </message>
    <message>
        <source>— tidak ada —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>— pilih {word} —</source>
        <translation>— pilih {word} —</translation>
    </message>
    <message>
        <source>Sudah keluar, pada</source>
        <translation>Sudah keluar, pada</translation>
    </message>
    <message>
        <source>Aktif (ikut dibayar honor bulanan)</source>
        <translation>Aktif (ikut dibayar honor bulanan)</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>NIA</source>
        <translation>NIA</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Bergabung</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>ketik ulang NIK lengkap dari KTP</source>
        <translation>ketik ulang NIK lengkap dari KTP</translation>
    </message>
    <message>
        <source>NIK 16 digit dari KTP.</source>
        <translation>NIK 16 digit dari KTP.</translation>
    </message>
    <message>
        <source>{n} dari 16 digit</source>
        <translation>{n} dari 16 digit</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <source>Lahir {date} · {sex} · terbit di Kec. {district}, {regency}</source>
        <translation>Lahir {date} · {sex} · terbit di Kec. {district}, {regency}</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Menyimpan…</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <source>Impor relawan dari Excel</source>
        <translation>Impor relawan dari Excel</translation>
    </message>
    <message>
        <source>Berkas .xlsx atau .csv dengan baris judul kolom: Nama, NIK, Jenis Relawan, NIA, Tingkat, {kecamatan}, HP, Bank, No. Rekening, Tanggal Bergabung (TMT), Tanggal Keluar. Ketik NIK sebagai teks: angka 16 digit di Excel kehilangan digit terakhirnya dan ditolak. Tanggal boleh berupa tanggal Excel atau ditulis 20/11/2026.</source>
        <translation>Berkas .xlsx atau .csv dengan baris judul kolom: Nama, NIK, Jenis Relawan, NIA, Tingkat, {kecamatan}, HP, Bank, No. Rekening, Tanggal Bergabung (TMT), Tanggal Keluar. Ketik NIK sebagai teks: angka 16 digit di Excel kehilangan digit terakhirnya dan ditolak. Tanggal boleh berupa tanggal Excel atau ditulis 20/11/2026.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih.</source>
        <translation>Belum ada berkas dipilih.</translation>
    </message>
    <message>
        <source>Pilih berkas…</source>
        <translation>Pilih berkas…</translation>
    </message>
    <message>
        <source>Jenis bila tidak ada kolom Jenis:</source>
        <translation>Jenis bila tidak ada kolom Jenis:</translation>
    </message>
    <message>
        <source>Simpan laporan masalah…</source>
        <translation>Simpan laporan masalah…</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Pilih daftar relawan</source>
        <translation>Pilih daftar relawan</translation>
    </message>
    <message>
        <source>Daftar (*.xlsx *.xlsm *.csv);;Semua berkas (*)</source>
        <translation>Daftar (*.xlsx *.xlsm *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Membaca berkas…</source>
        <translation>Membaca berkas…</translation>
    </message>
    <message>
        <source>Impor relawan</source>
        <translation>Impor relawan</translation>
    </message>
    <message>
        <source>Memeriksa baris…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Menyimpan relawan…</source>
        <translation>Menyimpan relawan…</translation>
    </message>
    <message>
        <source>{total} baris data: {ok} {ok_word}, {rejected} ditolak, {dup} duplikat.</source>
        <translation>{total} baris data: {ok} {ok_word}, {rejected} ditolak, {dup} duplikat.</translation>
    </message>
    <message>
        <source>siap diimpor</source>
        <translation>siap diimpor</translation>
    </message>
    <message>
        <source>diimpor</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>{n} baris kosong, jumlah atau catatan dilewati.</source>
        <translation>{n} baris kosong, jumlah atau catatan dilewati.</translation>
    </message>
    <message>
        <source>{n} relawan tersimpan di daftar anggota.</source>
        <translation>{n} relawan tersimpan di daftar anggota.</translation>
    </message>
    <message>
        <source>Impor {n} baris valid</source>
        <translation>Impor {n} baris valid</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Simpan laporan impor</source>
        <translation>Simpan laporan impor</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Laporan tidak dapat disimpan: {reason}</source>
        <translation>Laporan tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <source>Laporan tersimpan: {path}</source>
        <translation>Laporan tersimpan: {path}</translation>
    </message>
</context>
<context>
    <name>VolunteerImportPreviewModel</name>
    <message>
        <source>Baris</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Nama</translation>
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
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>VolunteerLabels</name>
    <message>
        <source>Muda</source>
        <translation>Muda</translation>
    </message>
    <message>
        <source>Madya</source>
        <translation>Madya</translation>
    </message>
    <message>
        <source>Utama</source>
        <translation>Utama</translation>
    </message>
    <message>
        <source>Bayar</source>
        <extracomment>Stipend preview actions (``StipendLine.action``) → what the desk reads.</extracomment>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Sudah dibayar</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Dilewati</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>tanpa potongan</source>
        <extracomment>Action → (text colour, cell background): to pay blue, paid green, skipped grey.</extracomment>
        <translation>tanpa potongan</translation>
    </message>
    <message>
        <source>{rate} × bruto</source>
        <translation>{rate} × bruto</translation>
    </message>
    <message>
        <source>{rate} × {base} bruto</source>
        <translation>{rate} × {base} bruto</translation>
    </message>
</context>
<context>
    <name>VolunteerTypeModel</name>
    <message>
        <source>Kode</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Jenis relawan</source>
        <translation>Jenis relawan</translation>
    </message>
    <message>
        <source>Honor bulanan (Rp)</source>
        <translation>Honor bulanan (Rp)</translation>
    </message>
    <message>
        <source>Uang harian (Rp)</source>
        <translation>Uang harian (Rp)</translation>
    </message>
    <message>
        <source>Potongan</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>belum ada tarif</source>
        <translation>belum ada tarif</translation>
    </message>
    <message>
        <source>Tarif baru {amount} berlaku mulai {date}</source>
        <translation>Tarif baru {amount} berlaku mulai {date}</translation>
    </message>
</context>
<context>
    <name>VolunteerTypesTab</name>
    <message>
        <source>Honor bulanan per jenis relawan, uang harian penugasan dan aturan potongan pajaknya. Tarif baru berlaku mulai tanggalnya; perubahan tarif tidak pernah mengubah honor yang sudah dibayar.</source>
        <translation>Honor bulanan per jenis relawan, uang harian penugasan dan aturan potongan pajaknya. Tarif baru berlaku mulai tanggalnya; perubahan tarif tidak pernah mengubah honor yang sudah dibayar.</translation>
    </message>
    <message>
        <source>Riwayat tarif</source>
        <translation>Riwayat tarif</translation>
    </message>
    <message>
        <source>Tarif baru…</source>
        <translation>Tarif baru…</translation>
    </message>
    <message>
        <source>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</source>
        <translation>Hanya {roles} yang dapat mengubah tarif; Anda masuk sebagai {role}.</translation>
    </message>
    <message>
        <source>Riwayat tarif {code}</source>
        <translation>Riwayat tarif {code}</translation>
    </message>
    <message>
        <source>Tarif {code} tersimpan.</source>
        <translation>Tarif {code} tersimpan.</translation>
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
        <translation>Relawan Tagana dan PSKS: daftar anggota, honor bulanan dengan daftar penerimaan dan kuitansi, serta penugasan per kejadian.</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Honor bulanan</source>
        <translation>Honor bulanan</translation>
    </message>
    <message>
        <source>Penugasan</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>&amp;Tambah relawan…</source>
        <translation>&amp;Tambah relawan…</translation>
    </message>
    <message>
        <source>Ce&amp;tak daftar penerimaan…</source>
        <translation>Ce&amp;tak daftar penerimaan…</translation>
    </message>
    <message>
        <source>&amp;Tugaskan relawan…</source>
        <translation>&amp;Tugaskan relawan…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Selamat datang di Tagana Desk</source>
        <extracomment>Jabatan filled in for a signatory until the person types their own. Field keys of ``setup.first_run_problems`` that belong to this page (by prefix).</extracomment>
        <translation>Selamat datang di Tagana Desk</translation>
    </message>
    <message>
        <source>Database kantor ini masih kosong. Pilih cara memulai.</source>
        <translation>Database kantor ini masih kosong. Pilih cara memulai.</translation>
    </message>
    <message>
        <source>Siapkan kantor baru</source>
        <translation>Siapkan kantor baru</translation>
    </message>
    <message>
        <source>Buka data demo</source>
        <translation>Buka data demo</translation>
    </message>
    <message>
        <source>Isi profil kantor, penandatangan, akun admin dan alokasi awal dana BTT dan HONOR. Semuanya disimpan sekaligus saat Anda menekan Selesai; sebelum itu tidak ada yang ditulis.</source>
        <translation>Isi profil kantor, penandatangan, akun admin dan alokasi awal dana BTT dan HONOR. Semuanya disimpan sekaligus saat Anda menekan Selesai; sebelum itu tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Lihat Tagana Desk dengan data contoh: Dinas Sosial Kabupaten Bantul, satu tahun kejadian, penyaluran dan honor relawan. Data demo dibuat di file terpisah (demo.db); database kantor tetap kosong dan wizard ini muncul lagi lain kali.</source>
        <translation>Lihat Tagana Desk dengan data contoh: Dinas Sosial Kabupaten Bantul, satu tahun kejadian, penyaluran dan honor relawan. Data demo dibuat di file terpisah (demo.db); database kantor tetap kosong dan wizard ini muncul lagi lain kali.</translation>
    </message>
    <message>
        <source>Database kantor: {name}</source>
        <translation>Database kantor: {name}</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>{app} terkunci</source>
        <extracomment>Input that counts as someone at the desk.</extracomment>
        <translation>{app} terkunci</translation>
    </message>
</context>
</TS>
