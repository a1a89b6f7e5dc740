"""Students search for commands, paths and hyphenated names. Each term below,
typed into the real search box, must list the page that teaches it in the top 3."""

import pytest

from tests.browser.conftest import search

TERMS = {
    "machine-id": "cloning/",
    "/etc/machine-id": "cloning/",
    "dbus-uuidgen": "cloning/",
    "ssh-keygen -A": "cloning/",
    "70-persistent-net.rules": "cloning/",
    "virt-sysprep": "cloning/",
    "cloud-init status": "cloud-init/",
    "cloud-init clean": "cloud-init/",
    "#cloud-config": "cloud-init/",
    "package_update": "cloud-init/",
    "cidata": "cloud-init/",
    "ds-identify": "cloud-init/",
    "hv_netvsc": "guest-drivers/",
    "virtio_net": "guest-drivers/",
    "Guest Additions": "guest-drivers/",
    "vboxsf": "guest-drivers/",
    "open-vm-tools": "guest-drivers/",
    "qemu-guest-agent": "guest-drivers/",
    "systemd-detect-virt": "guest-drivers/",
    "qcow2": "images/",
    "qemu-img convert": "images/",
    "OVA": "images/",
    "169.254.169.254": "iaas/",
    "floating IP": "iaas/",
    "security group": "iaas/",
    "kvm_intel": "virtualization/",
    "virsh migrate": "virtualization/",
    "paravirtualization": "virtualization/",
    "unshare": "containers/",
    "lsns": "containers/",
    "cgroups": "containers/",
    "/run/.containerenv": "containers/",
}


@pytest.mark.parametrize("term", TERMS)
def test_search_ranks_the_teaching_page_in_the_top_3(page, base_url, term):
    page.goto(base_url)
    top3 = [url.removeprefix(base_url) for url in search(page, term)[:3]]
    assert TERMS[term] in top3, f"{term!r}: top 3 results are {top3}"
