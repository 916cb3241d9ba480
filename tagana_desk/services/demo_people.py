"""Names and identity numbers for the demo: plausible Bantul households, deterministic per seed."""

from __future__ import annotations

import datetime as dt
import random

MALE = (
    "Suparman", "Sutrisno", "Paijo", "Sugiyanto", "Wagiman", "Sukardi", "Tukiman", "Slamet",
    "Suharjo", "Ngatijo", "Parjono", "Mujiyono", "Sarjono", "Wahyudi", "Budi Santoso",
    "Agus Riyanto", "Joko Susilo", "Heri Purnomo", "Bambang Irawan", "Dwi Nugroho", "Eko Prasetyo",
    "Teguh Widodo", "Sumarno", "Kasiman", "Karyono", "Marjuki", "Ponijan", "Rubiyo", "Samidi",
    "Tumijo", "Warsito", "Yatimin", "Ahmad Fauzi", "Muhammad Ridwan", "Nur Hidayat", "Sigit Wibowo",
    "Hartono", "Darmaji", "Giyono", "Jumadi", "Kusnadi", "Legiman", "Mardiyono", "Paimin",
)  # fmt: skip
FEMALE = (
    "Siti Aminah", "Sri Rahayu", "Ngadiyem", "Tukinem", "Sumiyati", "Painem", "Wartini",
    "Suwarni", "Kasinem", "Sukiyem", "Endang Lestari", "Sri Mulyani", "Rini Astuti",
    "Tri Wahyuni", "Dewi Sartika", "Yuli Handayani", "Parjiyem", "Mursini", "Sugiyem", "Tumini",
    "Ponirah", "Sartinah", "Warsiyah", "Jumiyati", "Nur Aini", "Umi Kulsum", "Mujiyem",
)  # fmt: skip
PREFIXES = ("", "", "", "", "", "", "Bpk. ", "H. ", "Mbah ")
DUSUN = (
    "Ngabean", "Karanggede", "Gunungan", "Kaligondang", "Sorowajan", "Jetis", "Kembangsari",
    "Mangir", "Ngrame", "Jurug", "Kanten", "Soka", "Gading", "Blali", "Kedungmiri", "Wonolelo",
)  # fmt: skip


class IdentityMaker:
    """Unique, structurally valid NIK and No. KK numbers per kecamatan."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def nik(self, kecamatan_code: str, birth: dt.date, female: bool) -> str:
        region = kecamatan_code.replace(".", "")
        day = birth.day + 40 if female else birth.day
        for _ in range(1000):
            candidate = f"{region}{day:02d}{birth.month:02d}{birth.year % 100:02d}{self.rng.randint(1, 9999):04d}"
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        raise RuntimeError("no free NIK serial")

    def no_kk(self, kecamatan_code: str, issued: dt.date) -> str:
        region = kecamatan_code.replace(".", "")
        for _ in range(1000):
            candidate = f"{region}{issued:%d%m%y}{self.rng.randint(1, 9999):04d}"
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        raise RuntimeError("no free KK serial")

    def retype(self, nik: str) -> str:
        """The same NIK with a different serial: what a typing slip on the last digits gives."""
        for _ in range(1000):
            candidate = nik[:12] + f"{self.rng.randint(1, 9999):04d}"
            if candidate not in self.used:
                self.used.add(candidate)
                return candidate
        raise RuntimeError("no free NIK serial")

    def person(self, kecamatan_code: str, today: dt.date) -> tuple[str, str, dt.date, bool]:
        """(name, NIK, birth date, female) of a head of household."""
        female = self.rng.random() < 0.22
        name = self.rng.choice(FEMALE if female else MALE)
        prefix = self.rng.choice(PREFIXES) if not female else self.rng.choice(("", "", "", "Ibu "))
        birth = dt.date(
            self.rng.randint(1940, 2003), self.rng.randint(1, 12), self.rng.randint(1, 28)
        )
        birth = min(birth, today - dt.timedelta(days=18 * 365))
        return prefix + name, self.nik(kecamatan_code, birth, female), birth, female
